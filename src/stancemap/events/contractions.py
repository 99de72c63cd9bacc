"""A contraction printed with a typographic apostrophe is the contraction (session 67 MD,
issue 12).

"Putin said they’ll attack Ukraine", "Obama says he’d support Clinton": news sites print
the apostrophe of "'ll" and "'d" as U+2019; the parser tags "’ll" and "’d" as modals (MD)
but keeps the curly form as their word and lemma, and the mode stage looks for the
straight forms ("'ll" among the future auxiliaries, "'d" read as "would" under
``events.mode.contracted_would``). So "they’ll attack" is read asserted and coded as a done
attack, "they'll attack" as a future one (a threat). Rule
``events.mode.typographic_contraction``: while the events stage reads a predicate's mode,
an auxiliary whose first character is a typographic apostrophe (U+2019, U+2018, U+02BC,
U+00B4) is read with a straight one (``nlp.modality.typographic_contraction_on``). The
mode, and what the mode decides in the coder (a future deed is an intent or a threat), are
then those of the same sentence typed with a straight apostrophe. No word list.
"""

from __future__ import annotations

from ..rules import declare

TYPOGRAPHIC_CONTRACTION = declare(
    "events.mode.typographic_contraction",
    "'they’ll attack Ukraine', 'he’d support Clinton': an auxiliary printed with a "
    "typographic apostrophe (’ll, ’d) is read as the straight one ('ll: future; 'd: would) "
    "when the events stage reads a predicate's mode; as the sentence typed with ' is read",
    order=19.5,
)
