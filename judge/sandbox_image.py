"""Building the Docker sandbox image (`judge sandbox build`) and reporting on it.

Two layers. The base holds Python 3, NumPy (with OpenBLAS) and sortedcontainers from Debian
bookworm and nothing else; it is built once and tagged by its recipe, `judge-base:bookworm-<hash>`,
either from Debian's image
(`sandbox/base.Dockerfile`, needs a container registry) or, where no registry answers, from
Debian's package archive with debootstrap (`sandbox/build-rootfs.sh` + `docker import`).
The final layer (`sandbox/Dockerfile`) adds the harness scripts and a non-root user; it is a
small `docker build` FROM the local base, so it also works offline. The final image is tagged
by a hash of its inputs (judge/harness/*.py and the sandbox/ files), so a changed harness
means a new tag, and an unchanged one means nothing to build.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from judge.catalog import data_dir
from judge.runners.base import RunnerUnavailable
from judge.supervisor import runtime_files

BASE_FILES = ("base.Dockerfile", "build-rootfs.sh")  # what decides the base's packages


def _base_tag() -> str:
    """The base is tagged by its recipe, so changing the package list rebuilds it."""
    digest = hashlib.sha256()
    for name in BASE_FILES:
        path = data_dir("sandbox") / name
        digest.update(path.read_bytes() if path.is_file() else b"")
    return f"judge-base:bookworm-{digest.hexdigest()[:8]}"


BASE_TAG = _base_tag()
IMAGE_REPO = "judge-sandbox"
IMAGE_LABEL = "judge.sandbox.image"  # on the final image: the content hash it was built from
REGISTRY_PROBE = "debian:bookworm-slim"  # what base.Dockerfile starts FROM
PRUNE_AFTER = 24 * 3600.0  # seconds before an older harness's image may be removed

Log = Callable[[str], None]


class SandboxBuildError(RunnerUnavailable):
    """The image could not be built: the message says what failed and what to do."""


def harness_files() -> list[tuple[str, Path]]:
    """The sandbox runtime the image carries, by its path under /opt/judge."""
    return runtime_files()


def sandbox_files() -> list[Path]:
    return sorted(p for p in data_dir("sandbox").iterdir() if p.is_file())


def content_hash() -> str:
    """12 hex digits over the names and bytes of every input of the final image."""
    digest = hashlib.sha256()
    named = [(f"runtime/{name}", path) for name, path in harness_files()]
    named += [(f"sandbox/{path.name}", path) for path in sandbox_files()]
    for name, path in named:
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:12]


def image_tag() -> str:
    return f"{IMAGE_REPO}:{content_hash()}"


def docker_client(timeout: int = 60) -> Any:
    """A client for the local engine, or RunnerUnavailable saying why there is none."""
    try:
        import docker
        from docker.errors import DockerException
    except ImportError:
        raise RunnerUnavailable("the docker package for Python is not installed") from None
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
    except DockerException as exc:
        raise RunnerUnavailable(f"no Docker engine reachable ({_short(exc)})") from None
    return client


def has_image(client: Any, tag: str) -> bool:
    from docker.errors import ImageNotFound

    try:
        client.images.get(tag)
    except ImageNotFound:
        return False
    return True


def build_image(offline: bool, log: Log) -> str:
    """Build the sandbox image unless it is there already; return its tag.

    `offline` skips the registry and builds the base with debootstrap; without it the
    registry is tried first and debootstrap is the fallback when it does not answer.
    """
    client = docker_client()
    tag = image_tag()
    if has_image(client, tag):
        log(f"{tag} is up to date")
        return tag
    _ensure_base(client, offline, log)
    log(f"building {tag} from {BASE_TAG}")
    with tempfile.TemporaryDirectory(prefix="judge-image-") as tmp:
        context = Path(tmp)
        shutil.copy(data_dir("sandbox") / "Dockerfile", context / "Dockerfile")
        for name, path in harness_files():
            target = context / "runtime" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        _docker_build(
            client,
            log,
            path=str(context),
            tag=tag,
            buildargs={"BASE": BASE_TAG},
            labels={IMAGE_LABEL: tag.split(":", 1)[1]},
        )
    if not has_image(client, tag):
        raise SandboxBuildError(f"docker build finished but {tag} is not there")
    _prune(client, tag, log)
    return tag


def image_status() -> str:
    """A few lines for `judge sandbox status`: engine, wanted image, base."""
    tag = image_tag()
    try:
        client = docker_client(timeout=10)
    except RunnerUnavailable as exc:
        return f"engine: {exc}\nimage: {tag} (cannot check)"
    version = client.version().get("Version", "?")
    lines = [f"engine: Docker {version}"]
    if has_image(client, tag):
        image = client.images.get(tag)
        size = int(image.attrs.get("Size", 0)) >> 20
        lines.append(f"image: {tag} present ({size} MB, created {image.attrs.get('Created')})")
    else:
        lines.append(f"image: {tag} missing (run `judge sandbox build`)")
    base = "present" if has_image(client, BASE_TAG) else "missing (built by `judge sandbox build`)"
    lines.append(f"base: {BASE_TAG} {base}")
    return "\n".join(lines)


def _prune(client: Any, keep: str, log: Log) -> None:
    """Remove sandbox images of older harnesses, once they are a day old and unused (a
    judge still running with one keeps it: the engine refuses to remove an image in use)."""
    from docker.errors import DockerException

    cutoff = time.time() - PRUNE_AFTER
    for image in client.images.list(filters={"label": IMAGE_LABEL}):
        created = image.attrs.get("Created", "")
        tags = [t for t in image.tags if t != keep]
        if not tags or keep in image.tags or _timestamp(created) > cutoff:
            continue
        for tag in tags:
            try:
                client.images.remove(tag)
                log(f"removed old image {tag}")
            except DockerException:
                pass


def _timestamp(created: str) -> float:
    """Docker's RFC 3339 time (nanoseconds, Z) as a unix time; 'now' when unreadable."""
    try:
        return datetime.fromisoformat(created[:26].rstrip("Z") + "+00:00").timestamp()
    except ValueError:
        return time.time()


def _ensure_base(client: Any, offline: bool, log: Log) -> None:
    if has_image(client, BASE_TAG):
        log(f"base {BASE_TAG} is there; reusing it")
        return
    if not offline:
        reason = _registry_problem(client)
        if reason is None:
            log(f"building base {BASE_TAG} from {REGISTRY_PROBE}")
            _docker_build(
                client,
                log,
                path=str(data_dir("sandbox")),
                dockerfile="base.Dockerfile",
                tag=BASE_TAG,
            )
            return
        log(f"no container registry reachable ({reason}); building the base offline")
    _build_base_offline(log)
    if not has_image(client, BASE_TAG):
        raise SandboxBuildError(f"build-rootfs.sh finished but {BASE_TAG} is not there")


def _registry_problem(client: Any) -> str | None:
    """None when the engine can pull base.Dockerfile's starting image, else why not."""
    from docker.errors import DockerException

    repo, tag = REGISTRY_PROBE.split(":")
    try:
        client.images.pull(repo, tag=tag)
    except DockerException as exc:
        return _short(exc)
    return None


def _build_base_offline(log: Log) -> None:
    if shutil.which("debootstrap") is None:
        raise SandboxBuildError(
            "no container registry and no debootstrap: install debootstrap "
            "(apt-get install debootstrap) or give the engine a registry"
        )
    if os.geteuid() != 0:
        raise SandboxBuildError("debootstrap needs root: run `judge sandbox build` as root")
    script = data_dir("sandbox") / "build-rootfs.sh"
    log(f"building base {BASE_TAG} with debootstrap (about a minute)")
    proc = subprocess.Popen(
        ["bash", str(script), BASE_TAG],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    tail: list[str] = []
    for line in proc.stderr:
        log(line.rstrip())
        tail = [*tail[-19:], line.rstrip()]
    if proc.wait() != 0:
        raise SandboxBuildError(
            f"{script} failed (exit {proc.returncode}):\n" + "\n".join(tail[-10:])
        )


def _docker_build(client: Any, log: Log, **options: Any) -> None:
    """`docker build` through the API, streaming its output; pull=False keeps it local."""
    from docker.errors import DockerException

    try:
        chunks: Iterable[dict[str, Any]] = client.api.build(
            rm=True, forcerm=True, pull=False, decode=True, **options
        )
        for chunk in chunks:
            if "error" in chunk:
                raise SandboxBuildError(f"docker build failed: {chunk['error'].strip()}")
            text = str(chunk.get("stream", "")).rstrip()
            if text:
                log(text)
    except DockerException as exc:
        raise SandboxBuildError(f"docker build failed: {_short(exc)}") from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if len(text) < 300 else text[:300] + "..."
