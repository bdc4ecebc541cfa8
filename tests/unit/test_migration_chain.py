"""The migration scripts form one chain: a single head, every revision reachable from it."""

from __future__ import annotations

from kundengespraech.storage.migrate import head_revision, script_directory


def test_exactly_one_head_and_one_unbroken_chain() -> None:
    scripts = script_directory()
    assert scripts.get_heads() == [head_revision()]
    chain = [script.revision for script in scripts.walk_revisions()]
    assert len(chain) == len(set(chain))
    assert chain[-1] == "0001"  # walk_revisions goes from the head down to the base
    assert "0004" in chain
