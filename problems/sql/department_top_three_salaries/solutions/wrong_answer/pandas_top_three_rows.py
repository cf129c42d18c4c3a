import pandas as pd


def department_top_three_salaries(employee: pd.DataFrame, department: pd.DataFrame) -> pd.DataFrame:
    # The three best-paid rows, not the three highest distinct salaries: ties crowd others out.
    staff = employee.sort_values("salary", ascending=False)
    high = staff.groupby("departmentId").head(3)
    named = high.merge(department, left_on="departmentId", right_on="id", suffixes=("", "_dept"))
    return pd.DataFrame(
        {"Department": named["name_dept"], "Employee": named["name"], "Salary": named["salary"]}
    )
