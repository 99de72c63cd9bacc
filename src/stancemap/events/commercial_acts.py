"""A deal between firms is commerce, not an agreement between political parties.

Session 60 (engineer AA), issue 12 (type precision on real news). Half of the BBC News blind
pool is business news, and the dictionary codes "agree", "offer", "deal", "strike a deal"
whoever does them, so firms' business reads as AGREE: "MCI agreed to a buyout by Verizon",
"Shell's agreement foresees new facilities", "a merger would create a firm that offers
online games". docs/judging.md: "Commercial and personal acts are no event: a company's
deal" - a PLOVER coder codes none of them.

- ``events.sense.commercial_agreement``: a reading of AGREE (a verb or a noun) with at least
  one source, whose every source and target is a firm - an actor of a business sector
  (``BUS``, ``MNC``), or, in a sentence naming a sum of money (a MONEY entity: "in a deal
  valued at $6.75bn"), an organisation read from the text that is not in the KB and has no
  sector - is a company's deal: no event. The sum is asked of a body the KB lacks because a
  new organisation may as well be a government body or a union the KB does not list
  ("the Queensland Government is seeking legal advice", "the union agreed to a two-tier wage
  system": the events tune files of sessions 27-52 judged such readings right or no event
  for other causes). Kept: a country, a government, a political or
  armed body, a union or any other sector among its parties ("Verizon and striking unions
  reach a deal", "the EU and the US agreed to begin talks on subsidies to aircraft makers",
  "the regulator agreed the takeover"), and a reading with no source. Read from the actor
  kinds the actors stage resolved; no word is listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import is_agent_id, is_new_id
from ..rules import rule
from .parts import DocContext, Frame

COMMERCIAL = "events.sense.commercial_agreement"
# sectors of firms (data/kb: business, multinational corporation)
FIRM_SECTORS = frozenset(("BUS", "MNC"))
ORGANISATION = "organization"
MONEY = "MONEY"


def firm(actor_id: str, ctx: DocContext, priced: bool) -> bool:
    """The actor is a firm: a business sector, or - in a sentence that names a sum of money
    (``priced``) - an organisation the KB lacks, with no sector."""
    actor = ctx.actors.actor(actor_id)
    if actor is None:
        return False
    if actor.sector:
        return actor.sector in FIRM_SECTORS
    new_body = is_new_id(actor_id) and not is_agent_id(actor_id)
    return priced and actor.type == ORGANISATION and new_body


@rule(
    COMMERCIAL,
    order=32.42,
    doc="'MCI agreed to a buyout by Verizon in a deal valued at $6.75bn': an AGREE whose every "
    "source and target (one source at least) is a firm - a business sector (BUS, MNC), or, "
    "in a sentence naming a sum of money, an organisation not in the KB with no sector - is a "
    "company's deal "
    "(docs/judging.md: commercial acts are no event): no event; a state, a political or armed "
    "body, a union among its parties keeps it",
)
def commercial_agreement(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "AGREE" or not frame.source:
        return frame
    parties = [*frame.source, *frame.target]
    priced = any(t.ent_type_ == MONEY for t in tok.sent)
    return None if all(firm(p, ctx, priced) for p in parties) else frame
