"""Report: results → JSON (the stable contract), text for people, and side-by-side HTML."""
