"""Jinja2 templates of the report (a package so the wheel ships them)."""
