"""/docs without internet (Swagger UI served from the package), and HTML 404 pages for
unknown problems and submissions while the API keeps answering JSON."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient


def test_docs_reference_only_local_assets_that_answer(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "SwaggerUIBundle" in page.text
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    urls += re.findall(r"""url: ["']([^"']+)["']""", page.text)
    assert len(urls) >= 4, urls  # the CSS, the icon, the script and the OpenAPI document
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), f"not local: {url}"
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(response.content) > 20, url
    assert "https://" not in page.text.split("<body>")[0]
    assert client.get("/redoc").status_code == 404  # ReDoc would come from a CDN: not offered
    bundle = client.get("/static/swagger/swagger-ui-bundle.js").text
    assert "sourceMappingURL" not in client.get("/static/swagger/swagger-ui.css").text
    assert "SwaggerUIBundle" in bundle


def test_unknown_pages_answer_an_html_404(client: TestClient) -> None:
    for path, words in [
        ("/problems/no_such_problem", "unknown problem 'no_such_problem'"),
        ("/submissions/no_such_submission", "no submission 'no_such_submission'"),
        ("/submissions/no_such_submission/result", "no submission"),
        ("/no/such/page", "There is no page at this address."),
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html"), path
        assert "<h1>Not found</h1>" in response.text, path
        assert words in html.unescape(response.text), path
        assert 'href="/"' in response.text  # the way back
    for path in ("/api/problems/no_such_problem", "/api/submissions/nope", "/api/nothing"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/json", path
        assert "detail" in response.json()
    assert client.get("/static/nothing.js").headers["content-type"] == "application/json"
