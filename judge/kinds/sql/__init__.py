"""The SQL problem kind, one module per stage.

    settings   the [sql] table of problem.toml (read at load), the schema file, the datasets
    translate  parsing in a dialect (judge.dialects), syntax errors, translation to DuckDB
    policy     what a submission may be: one read-only query, no files, window hints
    values     turning the harness's tagged values into plain data, result tables
    compare    deciding whether a result table answers a dataset, and saying how not
    job        the worker's job: translated query, schema and datasets; the rules to compare
    derive     expected results from the reference query (`judge verify`, authoring)

`judge.kinds.sql.SqlAdapter` ties them to the judging pipeline; the query itself runs in
`judge/kinds/sql/worker.py`, in a separate process, one fresh DuckDB per dataset.
"""
