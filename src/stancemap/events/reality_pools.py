"""The learned event reality fitted across news pools (session 60, engineer RF, issue 12).

The learned reality (``reality.py``) was fitted on one pool of judged news, the PolNeAR tune
census (US 2016 campaign news), with the PLOVER and W4/W6/W15 wire tune gold; on the other
pools' blind checks (Lee: ABC stories of 2001; BBC: 2004-2005) most kept readings are no
events. ``bench/events_reality_pools.py`` fits on the gold and the census of all pools but
one and scores the one left out, to find the features that carry from one pool to another
(a feature that helps only inside one pool is left out), and fits the chosen set on the
census of every pool: ``data/events/reality_s60.json``, read with the rule below on (its
own threshold, chosen on tune only; the shipped type and mode thresholds stand, the type x
mode group cells, fitted for the older fits, have none for it).
"""

from __future__ import annotations

from ..rules import declare

REFIT60 = declare(
    "events.reality.refit_s60",
    "the learned reality is the session-60 fit (data/events/reality_s60.json: fitted on the "
    "judged tune census of every news pool - PolNeAR, Lee, BBC - with PLOVER and W4/W6/W15 "
    "tune gold by bench/events_reality_pools.py write, its features those that carried to a "
    "pool left out; its own threshold, tune only); off: the fit the older refit rules choose",
    order=86,
)
FIT = "s60"
FILE = "events/reality_s60.json"
