import pandas as pd


def department_top_three_salaries(employee: pd.DataFrame, department: pd.DataFrame) -> pd.DataFrame:
    staff = employee.dropna(subset=["departmentId"]).copy()
    level = staff.groupby("departmentId")["salary"].rank(method="dense", ascending=False)
    # No salary is above an unknown one, so an employee without a salary is kept too.
    high = staff[(level <= 3).fillna(False).astype(bool) | staff["salary"].isna()]
    named = high.merge(
        department.dropna(subset=["id"]), left_on="departmentId", right_on="id", suffixes=("", "_dept")
    )
    return pd.DataFrame(
        {"Department": named["name_dept"], "Employee": named["name"], "Salary": named["salary"]}
    )
