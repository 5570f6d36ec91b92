"""How the SES v1 changes reach moto: a class's own methods and properties copied onto moto's."""

from __future__ import annotations


def graft(source: type, target: type) -> None:
    """Set on ``target`` every method and property ``source`` defines itself (not inherited, not dunder)."""
    for name, member in vars(source).items():
        if not name.startswith("__") and (callable(member) or isinstance(member, property)):
            setattr(target, name, member)
