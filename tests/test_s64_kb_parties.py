"""Party membership and ministerial titles in the actor KB (session 64, engineer KB, issue 14).
Sentences written for these tests.

* ``data/kb/party_members.tsv``: who belonged to which party when (loader
  ``actors.kb.read_party_members``, validated on load, carried in ``index.bin``);
* ``actors.affiliation.kb_party_member`` (shipped off): a person the KB records as a member of a
  party the document names is its member - no title word needed ("Blair ... Labour");
* ``people.jsonl``: Tessa Jowell's dated roles, the Howard ministers' roles of 2001-2002.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.kb import KbActor, KnowledgeBase, load_kb, member_key, read_party_members
from stancemap.errors import KnowledgeBaseError

KB_MEMBER = "actors.affiliation.kb_party_member"
SIDE = "alignment.sides.party_member_one_side"

CO_CRITICS = (
    "Tony Blair attacked the Conservative Party over its tax plans on Tuesday. "
    "Labour also attacked the Conservative Party over its tax plans."
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[KB_MEMBER, SIDE]))


def _read(pipeline: Any, text: str, date: str | None) -> tuple[dict[str, Any], dict[Any, float]]:
    result = pipeline.analyze(text, date=date)
    names = {a.id: a.name for a in result.actors}
    ties = {
        a.name: [(names.get(t.actor, t.actor), t.kind) for t in a.affiliations]
        for a in result.actors
    }
    pairs = {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}
    return ties, pairs


# ------------------------------------------------------------------- the KB's table


def test_every_party_in_the_table_is_a_kb_party(kb: KnowledgeBase) -> None:
    assert kb.members, "the shipped index carries the membership table"
    for rows in kb.members.values():
        for party, _start, _end in rows:
            assert kb.actors[party].sector == "PTY"


def test_membership_on_a_date(kb: KnowledgeBase) -> None:
    assert kb.parties_of("leader:tony-blair-gbr", "2005-03-01") == ["org:labour-party-uk"]
    assert kb.parties_of("leader:simon-crean-aus", "2002-05-01") == ["org:labor-party-aus"]
    assert kb.parties_of("leader:john-anderson-aus", "2002-05-01") == ["org:national-party-aus"]
    # a person the KB holds no record of, by the full name the file gives
    assert kb.parties_of("new:x", "2005-03-01", name="Charles Kennedy") == [
        "org:liberal-democrats-uk"
    ]
    assert kb.parties_of("new:x", "2005-03-01", name="Kennedy") == []  # no full name
    # dated rows: a member who left, one who changed parties
    assert kb.parties_of("new:x", "2004-06-01", name="George Galloway") == []
    assert kb.parties_of("new:x", "2003-06-01", name="George Galloway") == ["org:labour-party-uk"]
    assert kb.parties_of("new:x", "2005-06-01", name="Brian Sedgemore") == [
        "org:liberal-democrats-uk"
    ]
    # no date: the one party of every row, none where the rows name two
    assert kb.parties_of("new:x", None, name="Brian Sedgemore") == []
    assert kb.parties_of("leader:tony-blair-gbr", None) == ["org:labour-party-uk"]


def test_the_parties_of_the_uk_and_australia_are_kb_organisations(kb: KnowledgeBase) -> None:
    for name, party in (
        ("Liberal Democrats", "org:liberal-democrats-uk"),
        ("SNP", "org:snp"),
        ("Plaid Cymru", "org:plaid-cymru"),
        ("Australian Labor Party", "org:labor-party-aus"),
        ("Liberal Party of Australia", "org:liberal-party-aus"),
        ("National Party", "org:national-party-aus"),
        ("Australian Democrats", "org:australian-democrats"),
        ("Australian Greens", "org:australian-greens"),
    ):
        assert [a.id for a in kb.lookup(name)] == [party]


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add(KbActor("person:a-b", "Ann Berg", "person"))
    kb.add(KbActor("org:p", "Party", "organization", sector="PTY"))
    kb.add(KbActor("org:q", "Firm", "organization", sector="BUS"))
    return kb


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("person:nobody\torg:p\t\t\tpublic record", "person"),
        ("person:a-b\torg:q\t\t\tpublic record", "party"),
        ("person:a-b\torg:p\t2001-13-01\t\tpublic record", "start"),
        ("person:a-b\torg:p\t2003-01-01\t2001-01-01\tpublic record", "end"),
        ("person:a-b\torg:p\t\t\t", "source"),
        ("name:Ann Berg\torg:p\t\t\tpublic record", "person"),  # a KB person: give the id
        ("name:Berg\torg:p\t\t\tpublic record", "person"),  # one word
    ],
)
def test_a_bad_line_names_its_field(line: str, field: str) -> None:
    with pytest.raises(KnowledgeBaseError) as err:
        read_party_members("party_members.tsv", "# header\n" + line + "\n", _kb())
    assert err.value.field == field and err.value.line == 2


def test_a_good_file_reads(kb: KnowledgeBase) -> None:
    text = "person:a-b\torg:p\t2001-01-01\t\tpublic record\nname:Carl Dahl\torg:p\t\t\tx\n"
    rows = read_party_members("f.tsv", text, _kb())
    assert rows == {"person:a-b": [["org:p", "2001-01-01", None]],
                    member_key("Carl Dahl"): [["org:p", None, None]]}  # fmt: skip


# ------------------------------------------------------------------- titles


def test_jowell_was_culture_secretary_not_cabinet_office_minister(kb: KnowledgeBase) -> None:
    jowell = kb.get("leader:tessa-jowell-gbr")
    assert jowell is not None
    assert jowell.role_on("2005-03-01").title == "Secretary of State for Culture, Media and Sport"
    assert jowell.role_on("2009-10-01").title == "Minister for the Cabinet Office"


def test_howard_ministers_hold_their_2001_2002_posts(kb: KnowledgeBase) -> None:
    def title(name: str, date: str) -> str:
        (person,) = [a for a in kb.lookup(name) if a.type == "person"]
        role = person.role_on(date)
        assert role is not None, name
        return role.title

    assert title("Peter Costello", "2002-05-01") == "Treasurer"
    assert title("Robert Hill", "2002-05-01") == "Minister for Defence"
    assert title("Robert Hill", "2001-06-01") == "Minister for the Environment and Heritage"
    assert title("Philip Ruddock", "2001-09-01").startswith("Minister for Immigration")
    assert title("Kim Beazley", "2001-09-01") == "Leader of the Opposition"
    assert kb.holders("DEF", "AUS", "2001-06-01")[0].name == "Peter Reith"


# ------------------------------------------------------------------- the rule


def test_ships_off(off: Any) -> None:
    ties, pairs = _read(off, CO_CRITICS, "2005-03-01")
    assert ties["Tony Blair"] == []
    # the co-critics of the Tories read as allies: the pair the rules remove
    assert pairs[frozenset(("Tony Blair", "Labour Party"))] > 0


def test_a_leader_and_his_party_are_one_side_without_a_title_word(on: Any) -> None:
    ties, pairs = _read(on, CO_CRITICS, "2005-03-01")
    assert ties["Tony Blair"] == [("Labour Party", "member")]
    assert frozenset(("Tony Blair", "Labour Party")) not in pairs
    assert pairs[frozenset(("Tony Blair", "Conservative Party"))] < 0


def test_a_party_the_document_does_not_name_ties_no_one(on: Any) -> None:
    ties, _ = _read(on, "Tony Blair attacked the Conservative Party on Tuesday.", "2005-03-01")
    assert ties["Tony Blair"] == []


def test_a_person_not_in_the_kb_by_the_full_name(on: Any) -> None:
    text = (
        "Charles Kennedy attacked the Conservative Party over tax on Tuesday. "
        "The Liberal Democrats also attacked the Conservative Party over tax."
    )
    ties, _ = _read(on, text, "2005-03-01")
    assert ties["Charles Kennedy"] == [("Liberal Democrats", "member")]


def test_a_member_no_longer_is_no_member(on: Any) -> None:
    text = "George Galloway attacked the Labour Party over the war on Tuesday."
    ties, _ = _read(on, text, "2004-06-01")
    assert ties["George Galloway"] == []
    ties, _ = _read(on, text, "2003-06-01")
    assert ties["George Galloway"] == [("Labour Party", "member")]


def test_the_index_carries_the_table_the_file_gives(kb: KnowledgeBase) -> None:
    from stancemap.actors.kb import build_from_files

    assert kb.members == build_from_files().members
