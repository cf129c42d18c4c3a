# expect: AC
# Tries to reach the network: the internet, the Docker host's gateway, the engine's socket,
# DNS. The answer is right only if nothing connected.
import socket

TARGETS = [
    ("1.1.1.1", 80),
    ("8.8.8.8", 53),
    ("172.17.0.1", 2375),
    ("172.17.0.1", 22),
    ("172.17.0.1", 80),
    ("10.0.0.1", 80),
    ("192.168.0.1", 80),
]


def _reached():
    reached = []
    for host, port in TARGETS:
        try:
            with socket.create_connection((host, port), timeout=0.05):
                reached.append(f"{host}:{port}")
        except OSError:
            pass
    try:
        socket.getaddrinfo("deb.debian.org", 80)
        reached.append("dns")
    except OSError:
        pass
    for path in ("/var/run/docker.sock", "/run/docker.sock"):
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(path)
            reached.append(path)
        except OSError:
            pass
    try:
        with open("/proc/net/route") as f:
            routes = f.read().splitlines()[1:]
        if routes:
            reached.append(f"routes: {routes}")
    except OSError:
        pass
    return reached


def shout(word):
    reached = _reached()
    return "NETWORK: " + " ".join(reached) if reached else word.upper() + "!"
