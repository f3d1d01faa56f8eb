"""Moved to `models.problems`; this alias stays only until `app/cli.py` imports from there."""

from models.problems import Forbidden, Problem, ProblemCode, UserInputError, not_found

__all__ = ["Forbidden", "Problem", "ProblemCode", "UserInputError", "not_found"]
