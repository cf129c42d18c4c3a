# expect: RTE
raise RuntimeError("boom at import")
