"""Forces withdrawn in the passive are the side that withdraws.

"Russian troops were pulled out of Georgia", "UN peacekeepers were withdrawn from the
enclave", "thousands of soldiers have been demobilised": the passive subject of a verb of
military withdrawal or disarming is read as its patient, the target, and the event had
no source. The act is the de-escalation of the side whose forces move (PLOVER RETREAT:
the source withdraws or disarms), so the forces are the source, and the place withdrawn
from, if any, is the target (``events.args.aimed_retreat_from_place`` reads it). This
rule (``events.args.withdrawn_forces_source``) does that, and only

* for a verb (not a noun) whose CAMEO code is a RETREAT of PLOVER mode ``withdraw`` or
  ``disarm`` in ``data/events/cameo_plover.tsv`` (087x: de-escalate militarily); never
  for a return or release of persons or property (084x, RETREAT too), where the released
  are the target, nor a SANCTION of mode ``withdraw`` (breaking relations, halting talks),
  where the one cut off is;
* in the passive with no ``by`` agent (an agent is the source: ``passive_agent``);
* when the frame has no source and the target is the actor the passive subject's own
  name (or its ``of`` complement) refers to - not a place named inside its phrase.
"""

from __future__ import annotations

from ..rules import declare
from . import arguments as args
from .ontology import load_ontology
from .parts import DocContext, Frame, Tuning

WITHDRAWN_FORCES = declare(
    "events.args.withdrawn_forces_source",
    "'Russian troops were pulled out of Georgia', 'soldiers were demobilised': the passive "
    "subject of a verb of military withdrawal or disarming (PLOVER mode withdraw/disarm) "
    "with no agent is the side that withdraws, the source; the place left is the target",
    order=62.5,
)
WITHDRAWAL_MODES = frozenset({"withdraw", "disarm"})


def _withdrawal(frame: Frame) -> bool:
    entry = load_ontology().lookup(frame.code) if frame.code else None
    return entry is not None and entry.type == "RETREAT" and entry.mode in WITHDRAWAL_MODES


def withdrawn_forces(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Make the passive subject of a withdrawal its source (rule ``WITHDRAWN_FORCES``)."""
    if not tuning.on(WITHDRAWN_FORCES) or frame.nominal or frame.source or not frame.target:
        return frame
    head = frame.head
    if not _withdrawal(frame) or args.prep_objects(head, ["by"]):
        return frame
    patients = args.children(head, "nsubjpass")
    # the forces' own name ("Russian troops", "thousands of Iraqi soldiers"), never a place
    # named inside their phrase ("rebels in Liberia": Liberia is where, not who)
    moved = [a for p in patients for a in args.phrase_actors(p, ctx.actors, head_only=True)]
    if not moved or any(a not in frame.target for a in moved):
        return frame
    frame.source = moved
    frame.target = [a for a in frame.target if a not in moved]
    return frame
