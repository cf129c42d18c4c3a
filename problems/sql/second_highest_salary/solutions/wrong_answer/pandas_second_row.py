import pandas as pd


def second_highest_salary(employee: pd.DataFrame) -> pd.DataFrame:
    # The second row, not the second distinct salary: two top earners give the top again.
    salaries = employee["salary"].dropna().sort_values(ascending=False)
    second = int(salaries.iloc[1]) if len(salaries) > 1 else None
    return pd.DataFrame({"SecondHighestSalary": [second]})
