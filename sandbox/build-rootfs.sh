#!/usr/bin/env bash
# Build the sandbox's base image without any container registry: a minimal Debian
# root filesystem from Debian's archive (debootstrap), imported with `docker import`.
# Usage: sandbox/build-rootfs.sh IMAGE_TAG
set -euo pipefail
tag=${1:?usage: build-rootfs.sh IMAGE_TAG}
mirror=${JUDGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
dir=$(mktemp -d /tmp/judge-rootfs.XXXXXX)
trap 'rm -rf "$dir"' EXIT
debootstrap --variant=minbase \
  --include=python3-minimal,libpython3-stdlib,python3-numpy,python3-sortedcontainers,python3-pandas,libopenblas0-pthread,python3-torch \
  bookworm "$dir" "$mirror" >&2
# Keep the image small: no package caches, docs or apt lists.
rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* \
  "$dir"/usr/share/doc/* "$dir"/usr/share/man/* "$dir"/usr/share/locale/*
tar -C "$dir" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' - "$tag" >&2
echo "$tag"
