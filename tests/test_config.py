"""The settings tree: validated when built, TOML round trip, unknown keys refused by name, and a store or
candidate index built with other settings refused or rebuilt, never mixed."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from unspun.cli.main import main
from unspun.config import (
    ADDED_SETTINGS,
    DEFAULT_SETTINGS,
    NEVER_SHARE,
    STORED_SECTIONS,
    TIER_DEFAULT,
    AlignConfig,
    CandidateConfig,
    ChangesConfig,
    FingerprintConfig,
    IndexConfig,
    Settings,
    SpinConfig,
    TextConfig,
    known_settings,
    load_settings,
    removed_settings,
    settings_dict,
    settings_differences,
    settings_from_dict,
    settings_toml,
)
from unspun.errors import SettingsError
from unspun.pair.engine import PairEngine
from unspun.run.indexer import index_paths, trace
from unspun.store.candidate_index import cache_path, load_index, require_settings
from unspun.store.sqlite import Store

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
HARBOUR = [str(CORPUS / n) for n in ("harbour_original.txt", "harbour_spun.txt", "orchard_original.txt")]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_remembered_hash_is_the_fields_hash_and_nothing_serialises_it() -> None:
    # Memos key by settings sections, so each remembers its hash; the hash must stay the one of its fields, and
    # a section that was hashed must serialise, pickle and copy exactly like one that never was.
    fresh, hashed = settings_from_dict({}), settings_from_dict({})
    for name in settings_dict(DEFAULT_SETTINGS):
        section = getattr(hashed, name)
        fields = tuple(getattr(section, f.name) for f in dataclasses.fields(section))
        assert hash(section) == hash(fields) == hash(section)  # the generated hash, then the remembered one
        untouched = getattr(fresh, name)
        assert pickle.dumps(section) == pickle.dumps(untouched)
        assert copy.deepcopy(section) == untouched and dataclasses.asdict(section) == dataclasses.asdict(untouched)
        assert hash(pickle.loads(pickle.dumps(section))) == hash(section)
    assert hash(hashed) == hash(tuple(getattr(hashed, name) for name in settings_dict(DEFAULT_SETTINGS)))
    assert settings_dict(hashed) == settings_dict(fresh) and settings_toml(hashed) == settings_toml(fresh)
    changed = dataclasses.replace(hashed.align, semantic_weight=hashed.align.semantic_weight + 0.01)
    assert changed != hashed.align and hash(changed) != hash(hashed.align)
    assert hash(changed) == hash(tuple(getattr(changed, f.name) for f in dataclasses.fields(changed)))


def test_toml_round_trip_keeps_every_value(tmp_path: Path) -> None:
    changed = DEFAULT_SETTINGS.replace(
        align=AlignConfig(min_single_score=0.8, anchor_max_gap_words=5),
        index=IndexConfig(gc_thresholds=(10_000, 10, 10), batch_articles=64),
    )
    loaded = load_settings(_write(tmp_path / "s.toml", settings_toml(changed)))
    assert loaded == changed
    assert settings_from_dict(json.loads(json.dumps(settings_dict(changed)))) == changed


def test_a_partial_file_changes_only_what_it_names(tmp_path: Path) -> None:
    loaded = load_settings(_write(tmp_path / "s.toml", "[stories]\nwindow_days = 7\n[pair]\nmin_match_score = 0.7\n"))
    assert (loaded.stories.window_days, loaded.pair.min_match_score) == (7, 0.7)
    assert loaded.align == DEFAULT_SETTINGS.align


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[algin]\nmin_single_score = 0.8\n", ["[algin]", "did you mean 'align'"]),
        ("[align]\nmin_single_scor = 0.8\n", ["align.min_single_scor", "did you mean 'min_single_score'"]),
        ('[align]\nmin_single_score = "high"\n', ["align.min_single_score must be float", "'high'"]),
        ("[stories]\nwindow_days = 4.5\n", ["stories.window_days must be int"]),
        ("[pair]\ncopy_min_coverage = 1.5\n", ["pair.copy_min_coverage", "from 0 to 1"]),
        ("[candidates]\nmax_candidates = -3\n", ["candidates.max_candidates", "≥ 0"]),
        ("[fingerprint]\nnum_perm = 128\n", ["fingerprint.num_perm (128)", "lsh_bands × candidates.lsh_rows"]),
        ("[stories\n", ["not valid TOML"]),
        ("[serve]\nengines = 0\n", ["serve:", "engines"]),
        ("[serve]\ntrace_workers = 0\n", ["serve:", "trace workers"]),
        ("[spin]\nweight_rare_words = -1.0\n", ["spin.weight_rare_words", "≥ 0"]),
        ("[text]\nspecific_name_max_zipf = 5.0\n", ["text.specific_name_max_zipf", "generic_name_min_zipf"]),
        ("[text]\nfigures_min_conflicts = 0\n", ["text.figures_min_conflicts", "at least 1"]),
        ("[pair]\noverruled_min_reused_sentences = 0\n", ["pair.overruled_min_reused_sentences", "at least 1"]),
        ("[fingerprint]\nspecific_keys = false\n", ["candidates.specific_min_shared", "fingerprint.specific_keys"]),
        ("[candidates]\nspecific_min_shared = 0\n", ["fingerprint.specific_keys", "candidates.specific_min_shared"]),
        ("[text]\nrecalled_occasion_min_words = -1\n", ["text.recalled_occasion_min_words", "≥ 0"]),
        ("[text]\noccasion_told_apart_min_words = -1\n", ["text.occasion_told_apart_min_words", "≥ 0"]),
        ("[text]\noccasion_told_apart_min_share = 1.5\n", ["text.occasion_told_apart_min_share", "from 0 to 1"]),
        ("[semantic]\ncondensed_issuer_sentences = -1\n", ["semantic.condensed_issuer_sentences", "≥ 0"]),
    ],
)
def test_bad_settings_are_refused_by_name(tmp_path: Path, text: str, words: list[str]) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(_write(tmp_path / "bad.toml", text))
    assert all(w in str(refused.value) for w in words), str(refused.value)


def test_rules_are_checked_however_the_tree_is_built() -> None:
    with pytest.raises(SettingsError, match="num_perm"):
        Settings(candidates=CandidateConfig(lsh_bands=40))
    assert Settings(fingerprint=FingerprintConfig(num_perm=120), candidates=CandidateConfig(lsh_bands=40))


def test_the_cli_prints_the_settings_a_file_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = _write(tmp_path / "mine.toml", "[stories]\nwindow_days = 7\n")
    assert main(["settings", "--settings", str(mine)]) == 0
    printed = _write(tmp_path / "printed.toml", capsys.readouterr().out)
    assert load_settings(printed) == load_settings(mine) != DEFAULT_SETTINGS


def test_the_cli_refuses_a_bad_settings_file_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _write(tmp_path / "bad.toml", "[align]\nmin_single_scor = 0.8\n")
    code = main(["compare", HARBOUR[0], HARBOUR[1], "--settings", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "align.min_single_scor" in err


def test_a_store_refuses_settings_that_would_mix_results_and_rebuilds_its_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    index_paths(HARBOUR, db)
    with Store(db) as store:
        assert store.saved_settings() == settings_dict(DEFAULT_SETTINGS)
    other_prints = PairEngine(
        Settings(fingerprint=FingerprintConfig(num_perm=120), candidates=CandidateConfig(lsh_bands=40)), precise=False
    )
    with pytest.raises(SettingsError, match=re.escape("fingerprint.num_perm: 126 → 120")):
        index_paths([str(CORPUS / "harbour_trimmed.txt")], db, other_prints)
    with pytest.raises(SettingsError, match="built with other settings"):
        trace(HARBOUR[1], db, other_prints)
    strict = _write(tmp_path / "strict.toml", "[pair]\nmin_match_score = 0.7\n")
    assert main(["index", str(CORPUS / "harbour_trimmed.txt"), "--db", str(db), "--settings", str(strict)]) == 2
    assert "pair.min_match_score: 0.62 → 0.7" in capsys.readouterr().err

    # Search settings only decide the candidate index: it is rebuilt with them, not reused, and saved with them.
    fewer = DEFAULT_SETTINGS.replace(candidates=CandidateConfig(max_candidates=1))
    assert [m.id for m in trace(HARBOUR[0], db).matches] == [Path(HARBOUR[1]).name]
    assert _saved_index_settings(db)["candidates"]["max_candidates"] == 24
    with Store(db) as store:
        assert load_index(store, fewer).config.max_candidates == 1
    assert _saved_index_settings(db)["candidates"]["max_candidates"] == 1
    assert [m.id for m in trace(HARBOUR[0], db, PairEngine(fewer, precise=False)).matches] == [Path(HARBOUR[1]).name]
    with Store(db) as store:
        assert load_index(store).config.max_candidates == 24


def test_a_store_saved_before_a_setting_existed_accepts_its_default(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    index_paths(HARBOUR, db)
    with Store(db) as store:  # as saved before the spin weights and the fact-check share joined the tree
        old = settings_dict(DEFAULT_SETTINGS)
        del old["spin"], old["pair"]["fact_check_min_lexical_share"]
        with store.transaction():
            store.save_settings(old)
    index_paths([str(CORPUS / "harbour_trimmed.txt")], db)  # the defaults are what built it: accepted
    heavier = DEFAULT_SETTINGS.replace(spin=SpinConfig(weight_rare_words=20.0))
    shipped = SpinConfig().weight_rare_words
    with pytest.raises(SettingsError, match=re.escape(f"spin.weight_rare_words: {shipped} → 20.0")):
        index_paths([str(CORPUS / "library_original.txt")], db, PairEngine(heavier, precise=False))


def test_the_spin_section_sets_the_score_an_engine_gives() -> None:
    from unspun.ingest.segment import segment
    from unspun.model import Article

    seg = segment(Article("s", Path(HARBOUR[1]).read_text(encoding="utf-8")))
    plain = PairEngine(precise=False).spin(seg)
    biased = PairEngine(DEFAULT_SETTINGS.replace(spin=SpinConfig(bias=-40.0)), precise=False).spin(seg)
    assert biased < plain


def test_the_changes_and_text_sections_set_the_changes_an_engine_reports() -> None:
    from unspun.model import Article

    a_text = ("Harbour officials said on Tuesday that the channel would reopen. Deputy Transport Minister Olena "
              "Marchuk told reporters the work would take a week.\nCrews worked through the night.")
    b_text = ("Harbour officials said on Tuesday that the channel would reopen. Deputy Transport Minister Olena "
              "Marchak told reporters the work would take a week.")
    a, b = Article("a", a_text), Article("b", b_text)

    def kinds(settings: Settings) -> list[str]:
        return sorted(c.kind for c in PairEngine(settings, precise=False).compare(a, b).changes)

    assert kinds(DEFAULT_SETTINGS) == ["name", "omission"]
    # "Crews worked through the night." (5 words) is a stray line when a passage needs 6.
    assert kinds(DEFAULT_SETTINGS.replace(changes=ChangesConfig(min_passage_words=6))) == ["name"]
    assert settings_dict(DEFAULT_SETTINGS.replace(text=TextConfig(max_respelt_letters=1)))["text"] == {
        "max_swap_tokens": 3, "name_initial_max_zipf": 3.0, "label_name_max_zipf": 4.3,
        "headline_min_capitalised_share": 0.85,
        "max_respelt_letters": 1, "english_min_function_share": 0.25, "english_short_words": 40,
        "english_short_min_common_share": 0.8, "english_dense_min_common_share": 0.85,
        "english_dense_min_function_share": 0.08, "english_min_short_function_share": 0.5,
        "english_profile_min_words": 20, "english_min_top_short_function_share": 0.7,
        "english_profile_top_words": 6, "english_max_scots_share": 0.05, "english_scots_min_distinct": 4,
        "english_scots_max_quotation_chars": 1200,
        "english_common_min_zipf": 3.0,
        "english_sentence_min_common_share": 0.5, "english_part_min_words": 6, "specific_name_max_zipf": 3.0,
        "generic_name_min_zipf": 5.0, "names_counted_min_weight": 2.0, "quotation_cut_min_words": 8,
        "quote_new_speakers": True,
        "figure_context_words": 3, "numbers_in_words_as_said": True, "hours_by_day_part": True,
        "figure_hedge_share": 0.15, "event_day_tolerance_days": 1, "figures_min_conflicts": 3,
        "figures_conflict_min_share": 0.7, "figures_all_differ_min_conflicts": 2, "growth_kept_min_share": 0.0,
        "second_sentence_days": True, "short_report_max_sentences": 12,
        "short_report_conflict_min_share": 0.66, "other_place_min_lead_names": 2,
        "recalled_occasion_min_words": 2, "occasion_told_apart_min_words": 0,
        "occasion_told_apart_min_share": 0.25}


def _saved_index_settings(db: Path) -> dict[str, dict[str, object]]:
    return json.loads(str(np.load(cache_path(db))["settings"]))


def test_the_text_section_sets_the_names_the_judge_the_meaning_tier_and_stories_read() -> None:
    from unspun.corpus.story_clusters import event_facts
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.agreement import FEATURES, sentence_features
    from unspun.pair.align_semantic import _shared_facts
    from unspun.pair.pipeline import run_pair_with_facts

    a = segment(Article("a", "Peskov said the talks would resume on Friday after a week of delays. Marchuk agreed "
                             "with the plan and thanked the mediators."))
    b = segment(Article("b", "Lavrov told reporters that the negotiations would restart on Friday following a week "
                             "of hold-ups. Marchuk backed the plan and thanked the mediators."))
    # Every name here opens a sentence: a name there only when rarer than ``name_initial_max_zipf``.
    plain, strict = DEFAULT_SETTINGS, DEFAULT_SETTINGS.replace(text=TextConfig(name_initial_max_zipf=0.0))

    def shared_names(settings: Settings) -> float:
        return run_pair_with_facts(a, b, PairEngine(settings, precise=False), details=False)[1].shared_names

    assert (shared_names(plain), shared_names(strict)) == (0.5, 0.0)  # judge: {peskov, marchuk} vs {lavrov, marchuk}
    first = (a.sentence_texts()[0], b.sentence_texts()[0], 0.8, 0.5, 0.7)
    lacked = [FEATURES.index(name) for name in ("names_unmatched_high", "names_unmatched_low", "names_unmatched_max")]
    assert [sentence_features(*first, plain.text)[k] for k in lacked] == [1.0, 1.0, 1.0]  # one name each side lacks
    assert [sentence_features(*first, strict.text)[k] for k in lacked] == [0.0, 0.0, 0.0]
    assert _shared_facts(a, b, TIER_DEFAULT, plain.text).tolist() == [[0.0, 0.0], [0.0, 1.0]]  # meaning tier
    assert not _shared_facts(a, b, TIER_DEFAULT, strict.text).any()
    assert {"peskov", "marchuk"} <= event_facts(a.article.text, min_mentions=1, config=plain.text)  # stories
    assert not {"peskov", "marchuk"} & event_facts(a.article.text, min_mentions=1, config=strict.text)


STORY_TEXT_SETTINGS = """[stories]
min_link_score_undated = 3.0
min_doc_cosine = 0.99
[text]
name_initial_max_zipf = 0.0
"""


def _site_stories(site: Path) -> set[frozenset[str]]:
    """The members of each story page of a static site, as article page names."""
    return {frozenset(re.findall(r'href="(a-[0-9a-f]+\.html)"', page.read_text(encoding="utf-8")))
            for page in site.glob("s-*.html")}


def test_every_shell_reads_a_store_with_the_settings_it_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fastapi.testclient import TestClient

    from unspun.web.app import create_app
    from unspun.web.pages import article_key

    mine = _write(tmp_path / "mine.toml", STORY_TEXT_SETTINGS)
    db, plain_db = tmp_path / "mine.db", tmp_path / "plain.db"
    assert main(["index", str(CORPUS), "--db", str(db), "--workers", "1", "--settings", str(mine)]) == 0
    assert main(["index", str(CORPUS), "--db", str(plain_db), "--workers", "1"]) == 0
    capsys.readouterr()

    def cli_stories(*args: str) -> set[frozenset[str]]:
        assert main(["stories", "--format", "json", *args]) == 0
        return {frozenset(s["articles"]) for s in json.loads(capsys.readouterr().out)["stories"]}

    # The saved [stories] bars keep the undated independent report out of the copies' story (the defaults join it).
    stories = cli_stories("--db", str(db))
    assert cli_stories("--db", str(plain_db)) != stories and len(stories) == 4
    assert cli_stories("--db", str(db), "--settings", str(mine)) == stories
    # The web app and the static site, given no settings, cluster with the store's too.
    served = TestClient(create_app(db)).get("/api/stories", params={"all": "true", "per_page": 50}).json()
    assert {frozenset(s["articles"]) for s in served["stories"]} == stories
    assert main(["report", "--db", str(db), "--out", str(tmp_path / "site")]) == 0
    assert _site_stories(tmp_path / "site") == {frozenset(f"a-{article_key(a)}.html" for a in s) for s in stories}
    # And trace and index, through the CLI, read it without a settings file (its [text] section is not the default).
    assert main(["trace", str(CORPUS / "harbour_spun.txt"), "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"]
    assert main(["index", HARBOUR[0], "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()

    # Settings that would read the stored results otherwise: one line, whichever shell.
    stories_only = _write(tmp_path / "stories.toml", "[stories]\nmin_link_score_undated = 3.0\n")
    for command in (["stories"], ["report", "--out", str(tmp_path / "other")], ["trace", HARBOUR[1]],
                    ["serve", "--port", "1"]):
        assert main([*command, "--db", str(db), "--settings", str(stories_only)]) == 2, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "text.name_initial_max_zipf: 0.0 → 3.0" in err, err
    with pytest.raises(SettingsError, match="built with other settings"):
        create_app(db, settings=load_settings(stories_only))


def test_import_takes_the_settings_a_spark_output_saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unspun.errors import InputError
    from unspun.spark.output import MANIFEST, SCHEMA
    from unspun.store.spark_import import import_spark_output, output_settings

    out = tmp_path / "spark-out"
    out.mkdir()
    theirs = DEFAULT_SETTINGS.replace(text=TextConfig(max_swap_tokens=4))
    manifest = {"schema": SCHEMA, "settings": {"tree": settings_dict(theirs), "precise": False}}
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert output_settings(out) == theirs  # what `unspun import` uses without --settings
    with pytest.raises(InputError, match=re.escape("text.max_swap_tokens: 4 → 3")):
        import_spark_output(out, tmp_path / "x.db", PairEngine(precise=False))
    plain = _write(tmp_path / "plain.toml", "[stories]\nwindow_days = 4\n")
    assert main(["import", str(out), "--db", str(tmp_path / "y.db"), "--settings", str(plain)]) == 2
    assert "text.max_swap_tokens: 4 → 3" in capsys.readouterr().err


def test_removed_settings_are_the_saved_keys_this_tree_lacks_not_the_values_that_differ(tmp_path: Path) -> None:
    saved = settings_dict(DEFAULT_SETTINGS)
    saved["pair"]["duplicate_min_order_kept"] = 0.99  # removed in stop 18
    saved["align"]["min_single_score"] = 0.5  # still a setting, another value
    saved["text"]["max_swap_tokens"] = "absent"  # a value that reads like the word the differences print
    saved["gone"] = {"x": 1}  # a whole section an older version had
    assert removed_settings(saved, STORED_SECTIONS) == ["pair.duplicate_min_order_kept"]
    assert removed_settings(saved, ("align", "text")) == []
    with Store(tmp_path / "s.db") as store:
        store.save_settings(saved)
        with pytest.raises(SettingsError, match="older version"):
            require_settings(store, DEFAULT_SETTINGS, STORED_SECTIONS, "use the settings it saved")
        with pytest.raises(SettingsError, match=r"use the settings it saved$"):
            require_settings(store, DEFAULT_SETTINGS, ("align", "text"), "use the settings it saved")


def _harbour_store_saved_as(tmp_path: Path, edit: Callable[[dict[str, dict[str, object]]], None]) -> Path:
    """A store of the harbour texts whose saved settings tree ``edit`` changed, as an older version saved it."""
    db = tmp_path / "old.db"
    assert main(["index", *HARBOUR, "--db", str(db), "--workers", "1"]) == 0
    with Store(db) as store:
        saved = store.saved_settings()
        assert saved is not None
        edit(saved)
        store.save_settings(saved)
    return db


def test_a_store_saved_by_an_older_version_is_read_but_not_extended(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An older version saved a setting this one removed (``pair.duplicate_min_order_kept`` went in stop 18):
    # its rows are what they are, so the store is read; indexing more would mix two sets of rules.
    db = _harbour_store_saved_as(tmp_path, lambda saved: saved["pair"].update(duplicate_min_order_kept=0.99))
    capsys.readouterr()
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"]
    assert main(["index", str(CORPUS / "harbour_spun.txt"), "--db", str(db), "--workers", "1"]) != 0
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "duplicate_min_order_kept" in error[0] and "new store" in error[0]


def _saved_before(*settings: str) -> tuple[dict[str, dict[str, object]], Settings]:
    """A saved settings tree without ``settings`` ("section.name": added since it was saved), and that tree as
    ``known_settings`` reads it (each missing setting at the value it had in effect then)."""
    saved = settings_dict(DEFAULT_SETTINGS)
    for setting in settings:
        section, name = setting.split(".")
        del saved[section][name]
    return saved, settings_from_dict(known_settings(saved))


def test_a_tree_saved_before_the_spread_sketch_reads_as_the_opening_eight_sentences_and_no_passages() -> None:
    # Stores made before ``fingerprint.sketch_lead_sentences`` kept their articles' opening 8 sentences: read
    # with their tree they go on that way; the defaults (a spread sketch) are refused for them, not mixed in.
    saved, read = _saved_before("fingerprint.sketch_lead_sentences", "candidates.passage_min_sentences")
    assert (read.fingerprint.sketch_lead_sentences, read.candidates.passage_min_sentences) == (8, 0)
    assert settings_differences(saved, DEFAULT_SETTINGS, ("fingerprint", "candidates")) == [
        "fingerprint.sketch_lead_sentences: 8 → 2", "candidates.passage_min_sentences: 0 → 2"]


def test_a_tree_saved_before_passage_hashes_reads_as_keeping_and_counting_none() -> None:
    # Stores made before ``fingerprint.passage_words`` kept no passage hashes: read with their tree, passages make
    # no candidate there (their fingerprints have none to share), and the defaults are refused for extending them.
    saved, read = _saved_before("fingerprint.passage_words", "candidates.passage_min_shared")
    assert (read.fingerprint.passage_words, read.candidates.passage_min_shared) == (0, 0)
    assert settings_differences(saved, DEFAULT_SETTINGS, ("fingerprint", "candidates")) == [
        "fingerprint.passage_words: 0 → 5", "candidates.passage_min_shared: 0 → 4"]


def test_a_tree_saved_before_the_article_feature_reads_its_spin_scores_without_it() -> None:
    # A store saved before spinfpr scored its articles on three features: read with its tree, a text whose only
    # oddity is an article left before a swapped word ("an coastal lifeboat") reads as it did there, not as the
    # defaults read it now, and indexing into it with the defaults is refused.
    from tests.test_spin import FERRY_SPUN
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.spin import spin_score

    saved, read = _saved_before("spin.weight_wrong_articles", "spin.prior_wrong_articles")
    assert read.spin.weight_wrong_articles == 0.0
    assert settings_differences(saved, DEFAULT_SETTINGS, ("spin",)) == [
        f"spin.weight_wrong_articles: 0.0 → {DEFAULT_SETTINGS.spin.weight_wrong_articles}"]
    spun = segment(Article("s", FERRY_SPUN))
    assert spin_score(spun, read.spin) < 0.5 <= spin_score(spun)


def test_a_tree_saved_before_the_shrunk_spin_score_and_the_kept_wording_look_reads_as_it_was_made() -> None:
    # A store saved before spin10 kept the spin weights fitted on plain shares (every rare word's occurrence
    # counted) and never looked again at a static rewrite: read with its tree it goes on that way, so its old and
    # new articles are scored and linked alike; the defaults are refused for it, not mixed in.
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.spin import spin_features

    saved, read = _saved_before("spin.prior_words", "spin.distinct_rare_words", "semantic.second_look_max_kept_wording")
    assert (read.spin.prior_words, read.spin.distinct_rare_words) == (0.0, False)
    assert read.semantic.second_look_max_kept_wording == 0.0
    assert sorted(settings_differences(saved, DEFAULT_SETTINGS, ("spin", "semantic"))) == [
        "semantic.second_look_max_kept_wording: 0.0 → 0.1", "spin.distinct_rare_words: False → True",
        "spin.prior_words: 0.0 → 50.0"]
    text = ("The glacier's ablation zone lost firn. The glacier's meltwater carved moulins, and the glacier "
            "retreated.")
    shares = spin_features(segment(Article("g", text)), read.spin)
    assert shares["rare_words"] > spin_features(segment(Article("g", text)))["rare_words"]


def test_a_tree_saved_before_this_sessions_verdict_rules_reads_as_it_was_made() -> None:
    # A store saved before partial reuse inside text of the copy's own, summaries' merged sentences, short
    # reports' figures and containment's contained side: read with its tree it judges as it did, and indexing into
    # it with the defaults is refused rather than mixing the two kinds of verdict.
    saved, read = _saved_before("pair.near_duplicate_min_copy_coverage", "pair.agreement_min_drawn_words",
                                "pair.direction_min_contained_coverage", "text.short_report_max_sentences",
                                "semantic.merged_max_sentences")
    assert read.semantic.merged_max_sentences == 0
    assert (read.pair.near_duplicate_min_copy_coverage, read.pair.direction_min_contained_coverage) == (0.0, 0.0)
    assert read.pair.agreement_min_drawn_words > 1000 and read.text.short_report_max_sentences == 0
    assert len(settings_differences(saved, DEFAULT_SETTINGS, ("pair", "text", "semantic"))) == 5


def test_a_tree_saved_before_the_whole_sentence_rule_keeps_merging_as_it_did() -> None:
    saved, read = _saved_before("semantic.condensed_whole_min_lexical")
    assert read.semantic.condensed_whole_min_lexical > 1.0
    assert len(settings_differences(saved, DEFAULT_SETTINGS, ("semantic",))) == 1


def test_a_tree_saved_before_credits_outweighed_stamps_reads_every_later_stamp_as_winning() -> None:
    # Stores made before ``pair.credit_over_stamp_min_share`` discarded a copy's credit whenever the credited text
    # was stamped later; read with their tree no copy holds more than all of a text, so they go on that way (a
    # valid share, so the saved tree still loads).
    saved, read = _saved_before("pair.credit_over_stamp_min_share")
    assert read.pair.credit_over_stamp_min_share == 1.0
    assert len(settings_differences(saved, DEFAULT_SETTINGS, ("pair",))) == 1


ADDED = [f"{section}.{name}" for section, values in ADDED_SETTINGS.items() for name in values]
# Settings added in one commit: no store was saved with one and not the other (figure keys and their bar; specific
# keys and theirs, which the validation refuses apart).
ADDED_WITH = {"fingerprint.figure_keys": ("candidates.figure_min_shared",),
              "fingerprint.specific_keys": ("candidates.specific_min_shared",),
              "candidates.specific_min_shared": ("fingerprint.specific_keys",)}


@pytest.mark.parametrize("setting", ADDED)
def test_a_tree_saved_before_any_added_setting_opens_at_the_value_it_had(setting: str) -> None:
    # Every setting added later, read the way a store saved before it reads it (``known_settings`` then
    # ``settings_from_dict``): the tree is valid ("1.01: never" is a share no rule reaches, not an error) and holds
    # the value ``ADDED_SETTINGS`` names.
    section, name = setting.split(".")
    _, read = _saved_before(setting, *ADDED_WITH.get(setting, ()))
    assert getattr(getattr(read, section), name) == ADDED_SETTINGS[section][name]


def test_a_tree_saved_before_every_added_setting_opens() -> None:
    # The oldest tree: none of the added settings (each at its value from before, together).
    _, read = _saved_before(*ADDED)
    assert read.pair.spun_natural_max_grammar_share == read.candidates.credit_doc_match == NEVER_SHARE
    assert read.semantic.merged_min_share_unchecked == NEVER_SHARE


def test_a_share_above_one_is_refused_unless_it_is_the_never_bar() -> None:
    assert Settings(pair=dataclasses.replace(DEFAULT_SETTINGS.pair, spun_natural_max_grammar_share=NEVER_SHARE))
    with pytest.raises(SettingsError, match=r"spun_natural_max_grammar_share = 1.02 is a share.*1.01: never"):
        settings_from_dict({"pair": {"spun_natural_max_grammar_share": 1.02}})


def test_a_store_saved_before_the_grammar_share_rule_lists_its_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A store saved before 360d824 lacks ``pair.spun_natural_max_grammar_share`` (1.01 in ``ADDED_SETTINGS``):
    # it is read, not refused as "1.01 is a share".
    def without_added(saved: dict[str, dict[str, object]]) -> None:
        for section, values in ADDED_SETTINGS.items():
            for name in values:
                saved[section].pop(name, None)

    db = _harbour_store_saved_as(tmp_path, without_added)
    capsys.readouterr()
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"]
