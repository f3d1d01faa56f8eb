"""What customerCreate and customerUpdate share: a refused write still lists the customers that blocked it."""

from __future__ import annotations

from collections.abc import Sequence

from models.problems import Problem, ProblemCode
from schema.duplicates import DuplicateCandidate, candidates


def blocking_candidates(problems: Sequence[Problem]) -> list[DuplicateCandidate]:
    """The existing customers a DUPLICATE_CANDIDATES problem names."""
    return candidates([found for problem in problems if problem.code is ProblemCode.DUPLICATE_CANDIDATES
                       for found in problem.data or []])
