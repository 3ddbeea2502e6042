"""The evaluation harness: gold files scored against the extractor alone."""

import re

import pytest
import yaml
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.evaluate import evaluate, total

from conftest import REPO

DEVSET = REPO / "tests" / "devset"


def test_harness_counts_hits_and_misses(tmp_path, registry):
    folder = tmp_path / "gold" / "story"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text("“We will win,” said Vladimir Putin on Monday.\nHe met Ebrahim Raisi on Monday.\n",
                                        encoding="utf-8")
    (folder / "gold.yaml").write_text(yaml.safe_dump({
        "published": "2024-01-10",
        "actors": [{"name": "Vladimir Putin", "kind": "person"}, {"name": "Ebrahim Raisi", "kind": "state"}],
        "quotes": [{"text": "We will win", "speaker": "Ebrahim Raisi"}, {"text": "never said", "speaker": "Vladimir Putin"}],
        "claims": [{"claimant": "Vladimir Putin", "text": "We will win"}],
        "events": [{"type": "CONSULT", "actor": ["Vladimir Putin"], "recipient": ["Ebrahim Raisi"],
                    "date": "2024-01-08", "precision": "day"}],
        "mentions": [{"text": "He", "actor": "Vladimir Putin"}],
    }), encoding="utf-8")
    scores = total(evaluate(tmp_path / "gold", registry))
    assert (scores["quotes"].correct, scores["quotes"].predicted, scores["quotes"].gold) == (1, 1, 2)
    assert scores["quote speakers"].correct == 0            # the gold names another speaker
    assert (scores["actors"].recall, scores["actor kinds"].precision) == (1.0, 0.5)
    assert scores["pronoun/role mentions"].recall == 1.0
    assert scores["claims"].recall == 1.0
    assert (scores["events"].recall, scores["dated events"].precision) == (1.0, 1.0)


def assert_meets_the_targets(scores):
    """The quality issue #3 asks of the extractor alone."""
    assert scores["quotes"].precision >= 0.95 and scores["quotes"].recall >= 0.95
    assert scores["quote speakers"].recall >= 0.90
    assert scores["actors"].recall >= 0.90 and scores["actor kinds"].recall >= 0.90
    assert scores["actor splits"].precision == 1.0  # every actor found is found as one row
    assert scores["pronoun/role mentions"].recall >= 0.80
    assert scores["dated events"].precision >= 0.90
    assert scores["claims"].precision >= 0.70 and scores["claims"].recall >= 0.70
    assert scores["events"].precision >= 0.70 and scores["events"].recall >= 0.60


def test_development_half_meets_the_targets(registry):
    result = CliRunner().invoke(main, ["--root", str(REPO), "evaluate", str(DEVSET / "dev")])
    assert result.exit_code == 0, result.output
    scores = total(evaluate(DEVSET / "dev", registry))
    assert_meets_the_targets(scores)
    assert scores["actor splits"].recall == 1.0  # and every gold actor found, as one row


HELD_OUT = {"heldout": 8, "heldout2": 8, "heldout3": 8, "heldout4": 11, "heldout5": 12, "heldout6": 12,
            "heldout7": 12, "heldout8": 12, "heldout9": 12, "heldout10": 12,
            "heldout11": 12, "heldout12": 12, "heldout13": 10,
            "heldout14": 10, "heldout15": 10, "heldout16": 10,
            "heldout17": 10, "heldout18": 10, "heldout19": 10,
            "heldout20": 10, "heldout21": 10, "heldout22": 10, "heldout23": 10, "heldout24": 10, "heldout25": 10,
            "heldout26": 10, "heldout27": 10, "heldout28": 10, "heldout29": 10, "heldout30": 10, "heldout31": 10, "heldout32": 10, "heldout33": 10,
            "heldout34": 10, "heldout35": 10, "heldout36": 10, "heldout37": 10, "heldout38": 10,
            "heldout39": 10, "heldout40": 10, "heldout41": 10, "heldout42": 10, "heldout43": 10, "heldout44": 10, "heldout45": 10, "heldout46": 10, "heldout47": 10,
            "heldout48": 10, "heldout49": 10, "heldout50": 10, "heldout51": 10, "heldout52": 10, "heldout53": 10, "heldout54": 10, "heldout55": 10, "heldout56": 10, "heldout57": 10, "heldout58": 10, "heldout59": 10, "heldout60": 10, "heldout61": 10, "heldout62": 10, "heldout63": 10, "heldout64": 10, "heldout65": 10, "heldout66": 10, "heldout67": 10, "heldout68": 10, "heldout69": 10, "heldout70": 10, "heldout71": 10, "heldout72": 10, "heldout73": 10, "heldout74": 10, "heldout75": 10,
            "heldout76": 10, "heldout77": 10, "heldout78": 10, "heldout79": 10, "heldout80": 10,
            "heldout81": 10, "heldout82": 10, "heldout83": 10, "heldout84": 10, "heldout85": 10, "heldout86": 10, "heldout87": 10, "heldout88": 10, "heldout89": 10,
            "heldout90": 10, "heldout91": 10, "heldout92": 10, "heldout93": 10, "heldout94": 10, "heldout95": 10,
            "heldout96": 10, "heldout97": 10, "heldout98": 10, "heldout99": 10, "heldout100": 10, "heldout101": 10,
            "heldout102": 10, "heldout103": 10, "heldout104": 10, "heldout105": 10, "heldout106": 10,
            "heldout107": 10, "heldout108": 10, "heldout109": 10, "heldout110": 10}


@pytest.mark.parametrize("half, articles", HELD_OUT.items())
def test_held_out_halves_are_scored_and_reported(half, articles):
    result = CliRunner().invoke(main, ["--root", str(REPO), "evaluate", str(DEVSET / half), "--misses"])
    assert result.exit_code == 0, result.output
    assert len(re.findall(r"^\| [a-z]\d\d-", result.output, re.MULTILINE)) == articles


def test_held_out_half_meets_the_targets(registry):
    # every held-out set together, as the extractor is now: each was scored blind once (the README
    # keeps those rows), and has shaped rules since
    assert_meets_the_targets(total([article for half in HELD_OUT for article in evaluate(DEVSET / half, registry)]))


def test_a_folder_without_gold_is_bad_input(tmp_path):
    result = CliRunner().invoke(main, ["--root", str(REPO), "evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "holds no gold.yaml" in result.output


def test_an_event_type_outside_plover_is_bad_input(tmp_path):
    article = tmp_path / "a01-fight"
    article.mkdir()
    (article / "article.txt").write_text("Two states fought a war in 2011.\n", encoding="utf-8")
    (article / "gold.yaml").write_text("published: '2026-11-24'\nevents:\n- type: FIGHT\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(REPO), "evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "a01-fight/gold.yaml, event 1: type 'FIGHT' is not a PLOVER event type" in result.output
    assert "use one of ACCUSE, AGREE, AID, ASSAULT, COERCE" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("half, articles", {"dev": 8, **HELD_OUT}.items())
def test_devset_articles_are_clean_text(half, articles):
    folders = sorted((DEVSET / half).iterdir())
    assert len(folders) == articles
    for folder in folders:
        text = (folder / "article.txt").read_text(encoding="utf-8")
        assert "\r" not in text and text.endswith("\n")


def test_gold_mentions_are_found_as_whole_words():
    from newsledger.evaluate import _span_of
    assert _span_of("Then the minister said he would go; he did.", "he", 1) == (23, 25)
    assert _span_of("Then the minister said he would go; he did.", "he", 2) == (36, 38)
    assert _span_of("the", "he", 1) is None


def test_events_are_paired_same_type_first(tmp_path, registry):
    folder = tmp_path / "gold" / "story"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text("Amnesty International urged Sri Lanka to free the journalists.\n", encoding="utf-8")
    (folder / "gold.yaml").write_text(yaml.safe_dump({
        "published": "2026-08-07",
        "actors": [{"name": "Amnesty International", "kind": "organization"}, {"name": "Sri Lanka", "kind": "state"}],
        "events": [{"type": "ACCUSE", "actor": ["Amnesty International"]},
                   {"type": "REQUEST", "actor": ["Amnesty International"], "recipient": ["Sri Lanka"]}],
    }), encoding="utf-8")
    [result] = evaluate(tmp_path / "gold", registry)
    assert result.scores["events"].correct == 1
    assert [m for m in result.misses if "event" in m] == ["event not found: ACCUSE ['Amnesty International'] → [] "]
