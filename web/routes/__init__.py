"""One router per resource: problems and submissions (JSON API), pages (HTML)."""
