"""The web front end: `judge serve` (web.server) and the FastAPI app (web.app)."""
