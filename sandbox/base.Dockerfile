# The sandbox's base where a container registry is reachable: the same Debian packages that
# build-rootfs.sh installs with debootstrap (so both paths give the same Python and NumPy).
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      python3-minimal libpython3-stdlib python3-numpy python3-sortedcontainers python3-pandas \
      libopenblas0-pthread python3-torch \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
      /usr/share/doc/* /usr/share/man/* /usr/share/locale/*
ENV LANG=C.UTF-8
