"""Coverage-guided fuzzing harnesses (atheris); see fuzz/README.md. Not part of the test suite."""
