"""The SQL problem kind, one module per stage.

    settings   the [sql] table of problem.toml, the schema file and the datasets
    translate  dialects, parsing, syntax errors, translation to DuckDB with types
    policy     what a submission may be: one read-only query, no files, window hints
    values     turning the harness's tagged values into plain data, result tables
    compare    deciding whether a result table answers a dataset, and saying how not
    derive     expected results from the reference query (`judge verify`, authoring)

`judge.kinds.sql.SqlAdapter` ties them to the judging pipeline; the query itself runs in
`judge/kinds/sql/worker.py`, in a separate process, one fresh DuckDB per dataset.
"""
