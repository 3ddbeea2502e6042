"""Cross-source resolution: one actor id per real-world entity across sources."""

import datetime as dt

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.sources import add_source

STORIES = {
    "first": "Sergei Lavrov met Kim Jong Un in Pyongyang on Monday.\nThe United States condemned the visit.\n",
    "second": "Sergey Lavrov said on Tuesday that the talks with Kim Jong-un were useful.\n"
              "Washington and the US Treasury said nothing. The US imposed sanctions on Pyongyang last week.\n",
}


def test_a_build_over_several_sources_shares_actor_ids(project, tmp_path):
    for name, text in STORIES.items():
        article = tmp_path / f"{name}.txt"
        article.write_text(text, encoding="utf-8")
        add_source(project.sources, article, published=dt.date(2024, 1, 10))
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(project.root), "build"]).exit_code == 0
    result = runner.invoke(main, ["--root", str(project.root), "query", "--format", "csv",
                                  "SELECT actor_id, string_agg(DISTINCT source_id, ' ' ORDER BY source_id) AS sources "
                                  "FROM mentions WHERE source_id IN ('first', 'second') GROUP BY actor_id ORDER BY actor_id"])
    rows = dict(line.split(",") for line in result.output.splitlines()[1:])
    assert rows["sergei-lavrov"] == "first second"      # "Sergei" / "Sergey": one unregistered actor
    assert rows["kim-jong-un"] == "first second"        # "Kim Jong Un" / "Kim Jong-un": the registry's actor
    assert rows["united-states"] == "first second"      # "The United States" / "Washington" / "the US"
    assert "sergey-lavrov" not in rows

    unregistered = runner.invoke(main, ["--root", str(project.root), "actors", "--unregistered"])
    assert unregistered.exit_code == 0
    assert "| sergei-lavrov" in unregistered.output
    assert 'first:0 "Sergei Lavrov"; second:0 "Sergey Lavrov"' in unregistered.output
    assert "| kim-jong-un" not in unregistered.output
