"""A request for aid is no sign against the one asked (session 71 CS, issue 14).

"Venezuela asks the UN to help boost supply of medicines", "Iraq appealed to the United
States for aid", "Ukraine called on NATO to provide weapons": the events stage codes these
REQUEST with a CAMEO code of an appeal or a demand for aid (023x "appeal for aid", 103x
"demand aid": the coder reads the help asked for), and the scorer weighs every request as
its type's intensity, -1 of 10: a weak sign against the one asked, carried up to both
states and their leaders. CAMEO's own scale (Goldstein) puts an appeal for aid at +3.4:
who asks another for help deals with it as a partner. Such a request weighs as SUPPORT
(cooperation) between the two; a request of any other code keeps its weight (a demand of
policy, 102 "pressing China to revalue its currency", stays a request).

Rule ``alignment.score.aid_request_cooperation`` (off). One document's relations only.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Event
from ..rules import declare

AID_REQUEST = declare(
    "alignment.score.aid_request_cooperation",
    "a request coded as an appeal or a demand for aid (CAMEO 023x, 103x: 'asks the UN to help "
    "boost supplies', 'called on NATO to provide weapons') weighs as SUPPORT, cooperation "
    "between the asker and the one asked (CAMEO's scale puts an appeal for aid at +3.4), not "
    "as a request's weak sign against it (session 71 CS, issue 14)",
)
AID_CODES = ("023", "103")  # CAMEO appeal for aid, demand aid (and their 4-digit children)
ALLY_TYPE = "SUPPORT"


def aid_requests(events: Iterable[Event]) -> set[str]:
    """Ids of the requests coded as an appeal or a demand for aid."""
    return {
        e.id
        for e in events
        if e.type.upper() == "REQUEST" and (e.cameo or "").startswith(AID_CODES)
    }
