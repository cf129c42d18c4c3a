"""A statement's limit line comes from problem.toml: `{{time_limit}}` and `{{memory_limit}}`
are filled in when the problem loads, so the two cannot drift apart."""

from __future__ import annotations

from judge.catalog import catalog
from judge.model import Limits
from judge.problem import with_limits
from judge.verify import stated_limits


def test_placeholders_take_problem_toml_s_limits() -> None:
    text = "(time limit {{time_limit}}, memory {{memory_limit}})"
    assert with_limits(text, Limits(0.8, 512, 64)) == "(time limit 0.8 seconds, memory 512 MB)"
    assert with_limits("{{time_limit}}", Limits(1.0, 256, 64)) == "1 second"


def test_the_shipped_statements_state_their_own_limits() -> None:
    found = catalog()
    for slug in ("knn_classifier", "kmeans", "classification_metrics"):
        problem = found.load(slug)
        assert "{{" not in problem.statement
        assert f"{problem.limits.time:g} second" in problem.statement
        assert stated_limits(problem) == []
