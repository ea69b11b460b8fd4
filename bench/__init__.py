"""Benchmarks of the app where a person feels it: ``python -m bench`` (see docs/performance.md)."""
