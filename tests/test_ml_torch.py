"""Torch answers to ML tasks, end to end through `judge run`: judged in Docker (the image has
Debian's CPU torch), autograd and the library shortcuts refused by the syntax check or, past
it, by the worker's guard; and on a host without torch the local runner's usage error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from judge.cli import main
from judge.kinds.ml.policy import policy_for, violation
from judge.kinds.ml.torch_policy import uses_torch
from judge.runners.local import LocalRunner

from .conftest import REPO

ML = REPO / "problems" / "ml"
NO_TORCH_HERE = not LocalRunner().has_module("torch")


def run(
    path: Path, slug: str, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    code = main(["run", str(path), "--problem", slug, "--sandbox", sandbox, "--json"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    "slug",
    ["linear_regression", "logistic_regression", "softmax_regression", "kmeans", "mlp_backprop"],
)
def test_torch_answers_are_judged_in_docker(
    slug: str, docker_runner: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ML / slug / "solutions" / "accepted" / "torch_tensors.py", slug, "docker", capsys
    )
    report = json.loads(out)
    assert (code, report["verdict"]) == (0, "AC"), report


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("torch_grad_on_through_alias.py", "turning gradients on is not allowed"),
        ("torch_inference_mode_false.py", "inference_mode(False) is not allowed"),
        ("torch_autograd_grad_through_alias.py", "torch.autograd.grad is not allowed"),
        ("torch_nn_layer_through_alias.py", "Linear (torch.nn) is not allowed"),
    ],
)
def test_the_worker_refuses_what_the_syntax_check_missed(
    name: str, message: str, docker_runner: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ML / "linear_regression" / "solutions" / "compile_error" / name
    assert violation(path.read_text(), policy_for(True, torch=True)) == ""  # past the first line
    _, out, _ = run(path, "linear_regression", "docker", capsys)
    report = json.loads(out)
    assert report["verdict"] == "CE"
    assert any(message in t["message"] for t in report["tests"]), report


@pytest.mark.skipif(not NO_TORCH_HERE, reason="this host's Python has torch")
def test_local_runner_without_torch_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answer.py"
    shutil.copy(ML / "kmeans" / "solutions" / "accepted" / "torch_tensors.py", path)
    code, out, err = run(path, "kmeans", "local", capsys)
    assert code == 2 and out == ""
    assert "torch answers need the Docker sandbox (--sandbox docker" in err


ATTACKS = {
    "loss.backward()": "import torch\nx = torch.ones(3)\n(x * x).sum().backward()\n",
    "requires_grad=": "import torch\nx = torch.ones(3, requires_grad=True)\n",
    "requires_grad_": "import torch\nx = torch.ones(3).requires_grad_()\n",
    "torch.autograd": "import torch\ng = torch.autograd.grad\n",
    "from torch.autograd": "from torch.autograd import grad\n",
    "enable_grad": "import torch\nwith torch.enable_grad():\n    pass\n",
    "set_grad_enabled": "import torch\ntorch.set_grad_enabled(True)\n",
    "inference_mode": "import torch\nwith torch.inference_mode(False):\n    pass\n",
    "torch.func": "import torch\ng = torch.func.grad\n",
    "torch._C": "import torch\ntorch._C._set_grad_enabled(True)\n",
    "getattr built": "import torch\nf = getattr(torch, 'auto' + 'grad')\n",
    "getattr private": "import torch\nf = getattr(torch, '_C')\n",
    "Tensor.backward": "import torch\nf = getattr(torch.Tensor, 'backward')\n",
    "import_module built": "import torch, importlib\nm = importlib.import_module('torch.' + 'autograd')\n",
    "exec": "import torch\nexec('import torch.autograd')\n",
    "closure": "import torch\nf = torch.ones.__closure__\n",
    "sys.modules": "import torch, sys\nm = sys.modules['torch.autograd']\n",
    "torch.nn layer": "import torch\nlayer = torch.nn.Linear(3, 1)\n",
    "torch.nn loss": "import torch.nn.functional as F\nloss = F.mse_loss\n",
    "torch.optim": "import torch\nopt = torch.optim.SGD\n",
    "torch.linalg.lstsq": "import torch\nw = torch.linalg.lstsq\n",
    "pinverse method": "import torch\nw = torch.ones(3, 3).pinverse()\n",
    "torch.inverse": "import torch\nw = torch.inverse(torch.eye(3))\n",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_torch_attacks_are_refused_from_the_syntax_tree(name: str) -> None:
    code = ATTACKS[name]
    assert uses_torch(code)
    message = violation(code, policy_for(gradient_descent=True, torch=True))
    assert message.startswith("line "), name
    assert "refused" in message


def test_allowed_torch_passes() -> None:
    code = (
        "import torch\nimport torch.nn.functional as F\n"
        "X = torch.as_tensor([[1.0, 2.0]], dtype=torch.float64)\n"
        "p = F.softmax(X, dim=1) + torch.sigmoid(X) + F.log_softmax(X, dim=1)\n"
        "w = torch.zeros(2, dtype=torch.float64)\nw -= 0.1 * X.T @ (X @ w - 1.0)\n"
    )
    assert violation(code, policy_for(gradient_descent=True, torch=True)) == ""
    # Closed-form solvers are refused only where the task asks for gradient descent.
    assert violation("import torch\nw = torch.linalg.solve\n", policy_for(False, torch=True)) == ""


def test_judge_start_writes_a_torch_starter_the_sandbox_runs(
    tmp_path: Path,
    docker_runner: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["start", "linear_regression", "--language", "torch"]) == 0
    starter = tmp_path / "linear_regression.py"
    text = starter.read_text()
    assert "import torch" in text and "import numpy" not in text
    assert "class LinearRegression" in text and "autograd" in text
    assert uses_torch(text) and violation(text, policy_for(True, torch=True)) == ""
    capsys.readouterr()
    code, out, _ = run(starter, "linear_regression", "docker", capsys)
    report = json.loads(out)
    # The starter's methods raise NotImplementedError: a runtime error, not a refusal.
    assert code == 1 and report["verdict"] == "RTE", report
    assert main(["start", "two_sum", "--language", "torch", "--force"]) == 2
