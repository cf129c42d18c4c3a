import pandas as pd


def department_highest_salary(employee: pd.DataFrame, department: pd.DataFrame) -> pd.DataFrame:
    staff = employee.dropna(subset=["departmentId", "salary"])
    top = staff.groupby("departmentId")["salary"].transform("max")
    best = staff[staff["salary"] == top]
    named = best.merge(
        department.dropna(subset=["id"]), left_on="departmentId", right_on="id", suffixes=("", "_dept")
    )
    return pd.DataFrame(
        {"Department": named["name_dept"], "Employee": named["name"], "Salary": named["salary"]}
    )
