"""Claims: attributed propositions with their claimant, cue and quote."""


def test_seed_claims(seed, seed_extraction):
    claims = {(c.span.text, c.claimant_id, c.attribution, c.cue) for c in seed_extraction.claims}
    assert claims == {
        ("the Israel-Hamas war in Gaza as a failure of US diplomacy", "vladimir-putin", "indirect", "cast"),
        ("Moscow could be a mediator in the decades-long Israeli-Palestinian conflict", "vladimir-putin",
         "indirect", "suggested"),
        ("it was important to discuss the situation in the Middle East, especially in the Palestinian territories",
         "vladimir-putin", "indirect", "said"),
        ("What is happening in Palestine and Gaza is, of course, genocide and a crime against humanity",
         "ebrahim-raisi", "direct", "responded"),
        ("It’s not just a regional issue, it’s an issue for the entire humankind", "ebrahim-raisi", "direct", "told"),
        ("it’s necessary to find a quick solution", "ebrahim-raisi", "direct", "adding"),
        ("the Gaza conflict has benefitted Russia by distracting world attention from the war in Ukraine and "
         "enabling Moscow to align itself with other developing countries in solidarity with the Palestinians",
         "analysts-000_185a73e93ce09b0f", "indirect", "said"),
        ("deporting Ukrainian children", "international-criminal-court", "indirect", "accusing"),
        ("the growing military cooperation between Moscow and Tehran", "united-states", "indirect",
         "voiced strong concern about"),
        ("Iran may be preparing to provide Russia with advanced ballistic missiles for use in the war in Ukraine",
         "united-states", "indirect", "warned"),
        ("Russia and Iran were developing their relations, “including in the field of military-technical cooperation”",
         "russia", "mixed", "said"),
    }
    for claim in seed_extraction.claims:
        assert seed.text[claim.span.start:claim.span.end] == claim.span.text
        assert (claim.quote is not None) == (claim.attribution != "indirect")


def test_according_to_and_anonymous_sources(make_source):
    _, extraction = make_source(
        "According to the United States, Iran has sent drones to Russia.\n"
        "A senior official said the shipment arrived in May.\n")
    claims = [(c.span.text, c.claimant_id, c.cue) for c in extraction.claims]
    assert claims == [("Iran has sent drones to Russia", "united-states", "according to"),
                      ("the shipment arrived in May", "senior-official-story", "said")]
    assert extraction.new_actors["senior-official-story"].kind == "person"


def test_headline_restates_the_body_so_gives_no_claims_or_events(make_source):
    _, extraction = make_source(
        "Poland accuses Belarus of staging border crossings\n\n"
        "Poland's Interior Minister Tomasz Nowak accused Belarus on Wednesday of sending migrants across the border.\n")
    assert [c.span.text for c in extraction.claims] == ["sending migrants across the border"]
    assert [(e.event_type, e.span.start > 50) for e in extraction.events] == [("ACCUSE", True)]


def test_agreeing_to_do_something_is_not_a_claim(make_source):
    _, extraction = make_source("Japan and South Korea agreed on Monday to resume a security dialogue.\n")
    assert extraction.claims == []


def test_claimant_of_a_statement_is_its_author(make_source):
    _, extraction = make_source(
        "The governor resigned on Tuesday, according to a statement from the Bank of Ghana.\n"
        "The network moved oil worth $800 million, the weather agency PAGASA said.\n")
    assert [c.claimant_id for c in extraction.claims] == ["bank-of-ghana", "pagasa"]


def test_condemning_something_as_quoted_words(make_source):
    _, extraction = make_source(
        "Iran's foreign ministry spokesman, Nasser Karimi, condemned the measures as \"economic terrorism\".\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("economic terrorism", "nasser-karimi")]
    assert [(c.span.text, c.claimant_id) for c in extraction.claims] == [
        ("the measures as \"economic terrorism\"", "nasser-karimi")]


def test_a_capitalised_that_opening_a_quotation_is_kept(make_source):
    _, extraction = make_source("“That is not what our teams found,” Amina Diallo said.\n")
    assert [(c.span.text, c.attribution) for c in extraction.claims] == [("That is not what our teams found", "direct")]


def test_an_unowned_ministry_speaks_for_the_state_the_text_is_about(make_source):
    _, extraction = make_source(
        "Lithuania expelled two Russian diplomats on Tuesday, the foreign ministry said.\n"
        "A magnitude 6.1 earthquake struck near Izmir on Sunday, Turkey's disaster agency AFAD said.\n")
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("lithuania", "Lithuania expelled two Russian diplomats on Tuesday"),
        ("afad", "A magnitude 6.1 earthquake struck near Izmir on Sunday")]


def test_a_court_ruling_and_one_of_a_group_speaking(make_source):
    _, extraction = make_source(
        "The Federal High Court suspended the levy, ruling that the central bank had introduced it without approval.\n"
        "The sale would be the largest arms deal to date, one of the officials said.\n")
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("federal-high-court", "the central bank had introduced it without approval"),
        ("officials-story", "The sale would be the largest arms deal to date")]


def test_a_subject_after_a_comma_each_that_clause_and_the_same_officials(make_source):
    _, extraction = make_source(
        "Turkey sent rescuers a day after an earthquake killed 1,000 people near Herat, Turkey's disaster agency said.\n"
        "Carmen Ruiz said that the ruling was political and that she would appeal.\n"
        "The army used drones last month, three Western officials said.\n"
        "Iran delivered drones in February, one of the officials said. Iranian state media reported that a tanker was seized.\n")
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("turkey", "Turkey sent rescuers a day after an earthquake killed 1,000 people near Herat"),
        ("carmen-ruiz", "the ruling was political"),
        ("carmen-ruiz", "she would appeal"),
        ("western-officials-story", "The army used drones last month"),
        ("western-officials-story", "Iran delivered drones in February"),
        ("iranian-state-media-story", "a tanker was seized")]


def test_a_few_quoted_words_an_act_holds_are_no_claim(make_source):
    _, extraction = make_source(
        "Prime Minister Tomás Herrera thanked Carolina Fuentes for \"years of loyal work\".\n"
        "China's foreign ministry spokesman, Lin Wei, said Japan was \"abandoning its pacifist path\" and urged "
        "Tokyo to \"stop stirring up confrontation\".\n"
        "Minister Renata Dias accused the companies of \"abusing their power\".\n", published="2026-07-02")
    claims = {claim.span.text for claim in extraction.claims}
    quotes = {quote.span.text: quote.speaker_id for quote in extraction.quotes}
    assert quotes["years of loyal work"] == "tomas-herrera"
    assert "years of loyal work" not in claims and "stop stirring up confrontation" not in claims
    assert 'Japan was "abandoning its pacifist path"' in claims
    assert any("abusing their power" in claim for claim in claims)


def test_a_conjoined_speech_after_a_comma_is_the_speakers_and_names_are_no_judgement(make_source):
    _, extraction = make_source(
        "Opposition lawmaker Fadzai Chikore said a ruling party official had told her, \"This law is for people "
        "like you,\" and called it \"a licence to persecute\".\n"
        "A coast guard vessel entered waters near the Senkaku Islands, which China calls Diaoyu.\n"
        "China has warned Hanoi against \"bringing outside powers into the region\".\n"
        "Three people briefed on the talks said the deal was done, asking not to be named.\n", published="2026-10-15")
    quotes = {quote.span.text: quote.speaker_id for quote in extraction.quotes}
    assert quotes["a licence to persecute"] == "fadzai-chikore"
    assert quotes["This law is for people like you"].startswith("ruling-party-official")
    claims = {claim.span.text: claim.claimant_id for claim in extraction.claims}
    assert not any("Diaoyu" in text or "outside powers" in text for text in claims)
    assert not any(e.event_type == "REQUEST" for e in extraction.events)


def test_a_semicolon_ends_what_the_clause_before_it_says(make_source):
    _, extraction = make_source(
        "Bucharest wants a joint post on the Bulgarian bank; Sofia says Bulgarian law forbids foreign officers.\n")
    assert [claim.span.text for claim in extraction.claims] == ["Bulgarian law forbids foreign officers"]


def test_people_who_blame_each_other_make_no_claim(make_source):
    _, extraction = make_source(
        "Ghana's finance minister and its central bank governor publicly blamed each other on Tuesday for the "
        "cedi's slide.\n")
    assert extraction.claims == []


def test_a_report_parsed_as_a_relative_clause_and_words_said_next(make_source):
    _, extraction = make_source(
        "Two people familiar with the talks said the sides were close. The deal would reopen the road to the "
        "besieged city of Goma, one of the people said. A rebel spokesman denied that the group had agreed to "
        "leave, saying only that it \"wants peace\".\n",
        published="2026-11-03")
    claims = {c.span.text: c.claimant_id for c in extraction.claims}
    assert claims["The deal would reopen the road to the besieged city of Goma"] == claims["the sides were close"]
    assert "the group had agreed to leave" in claims


def test_who_accuses_in_a_gerund_words_named_as_words_and_a_report_not_made(make_source):
    _, extraction = make_source(
        "The European Union reimposed sanctions on Mali in May after accusing President Amadou Keita of rigging a "
        "vote. "
        "Groups must now register as \"agents of foreign influence\", a label critics reject. Niger and Chad "
        "did not say whether they would attend.\n",
        published="2026-06-03")
    assert {(c.claimant_id, c.span.text) for c in extraction.claims} == {("european-union", "rigging a vote")}
    assert extraction.quotes == []
    assert ("SANCTION", (("european-union", "actor"), ("mali", "recipient"))) in {
        (e.event_type, e.participant_key()) for e in extraction.events}


def test_a_judgement_parsed_as_a_clause_of_its_own(make_source):
    _, extraction = make_source("The government says the charges are sound. Kato calls them fabricated.\n",
                                published="2026-03-25")
    assert ("them fabricated", "kato") in {(c.span.text, c.claimant_id) for c in extraction.claims}


def test_a_report_parsed_as_a_second_clause_and_a_judgement_parsed_as_one_noun(make_source):
    _, extraction = make_source(
        "Egypt has agreed to buy 12 Chinese jets, two Western officials said on Tuesday. Ion Ceban's campaign called "
        "the arrests \"theatre\".\n", published="2026-11-27")
    assert {(c.claimant_id, c.span.text) for c in extraction.claims} == {
        ("western-officials-story", "Egypt has agreed to buy 12 Chinese jets"), ("ion-ceban", "the arrests \"theatre\"")}


def test_a_label_critics_say_is_theirs_and_a_readout_speaks_for_its_ministry(make_source):
    _, extraction = make_source(
        "Slovakia's parliament passed a bill on Thursday requiring NGOs to register as \"organisations with foreign "
        "support\", a label critics say echoes Russian law. Wang said the two sides should look at the big "
        "picture, according to a Chinese foreign ministry readout.\n", published="2026-11-16")
    claims = {c.span.text: c.claimant_id for c in extraction.claims}
    assert claims["echoes Russian law"].startswith("critics-")
    assert not [text for text in claims if text.startswith("Slovakia's parliament")]
    assert "readout" not in " ".join(claims.values())


def test_a_bodys_board_speaks_for_it(make_source):
    _, extraction = make_source(
        "The International Monetary Fund's executive board approved a $2 billion disbursement to Argentina on "
        "Wednesday, saying the government had met its fiscal targets.\n", published="2026-11-19")
    assert [c.claimant_id for c in extraction.claims] == ["international-monetary-fund"]


def test_a_second_source_is_one_more_of_those_already_cited(make_source):
    _, extraction = make_source(
        "The European Union is preparing sanctions on Georgian officials, according to three EU diplomats. "
        "Hungary and Slovakia have blocked similar measures twice this year, a second diplomat said.\n",
        published="2026-11-26")
    assert {c.claimant_id for c in extraction.claims} == {"eu-diplomats-story"}


def test_according_to_a_spokeswoman_of_a_body_that_said_it_is_the_bodys_claim(make_source):
    _, extraction = make_source(
        "Malta refused to let the ship dock. Italy offered a port in Sicily, but the charity, Sea-Watch, said the trip "
        "was too long for the sick and injured on board, according to a spokeswoman.\n", published="2026-11-25")
    assert {(c.claimant_id, c.span.text) for c in extraction.claims} == {
        ("sea-watch", "the trip was too long for the sick and injured on board")}


def test_an_unnamed_minister_speaks_for_her_state_and_a_news_agencys_tally_is_the_agencys(make_source):
    _, extraction = make_source(
        "Pakistan's aviation minister said many of its pilots held dubious licences. Jihadist attacks killed more "
        "than 40 Togolese soldiers in the north last year, according to an AFP tally.\n", published="2026-11-25")
    assert [c.claimant_id for c in extraction.claims] == ["pakistan", "afp"]


def test_what_a_relative_clause_says_of_its_noun_is_the_claim(make_source):
    _, extraction = make_source(
        "Mexico swore in 881 judges on Monday, completing an overhaul that critics call the end of an independent "
        "judiciary. The government passed a law that opponents describe as a gag on the press. Poland adopted a "
        "reform that critics say undermines the courts.\n", published="2026-11-27")
    assert [c.span.text for c in extraction.claims] == [
        "the end of an independent judiciary", "a gag on the press", "undermines the courts"]


def test_a_report_the_model_left_unattached_before_its_sayer_is_a_claim(make_source):
    _, extraction = make_source(
        "Live: Ferry capsizes\n\n07:30 A passenger ferry carrying about 180 people capsized near Ukerewe island on "
        "Lake Victoria early this morning, Tanzania's police said.\n", published="2026-11-27")
    assert [(c.claimant_id, c.span.text[:30]) for c in extraction.claims] == [("tanzania", "A passenger ferry carrying abo")]


def test_many_sources_are_named_without_their_number(make_source):
    _, extraction = make_source(
        "Bangladesh has asked the Asian Development Bank for $500 million. Many farmers say the money will come too "
        "late.\n", published="2026-11-28")
    assert [extraction.new_actors[c.claimant_id].name for c in extraction.claims] == ["farmers"]


def test_a_place_name_the_model_breaks_stays_in_its_claim_and_a_hyphenated_verb_is_no_claim(make_source):
    _, extraction = make_source(
        "Live: Floods in southern Brazil\n\n09:05 Brazil's civil defence agency said 23 people had died after three "
        "days of rain in Rio Grande do Sul.\n\n09:30 Brazil's president and the South African president met on the sidelines and agreed to "
        "co-host a summit on debt relief, Brazil's foreign ministry says.\n", published="2026-11-20")
    texts = [c.span.text for c in extraction.claims]
    assert "23 people had died after three days of rain in Rio Grande do Sul" in texts
    assert not any(text.startswith(("do Sul", "-", "host a summit")) for text in texts)


def test_a_that_clause_the_model_hangs_on_the_audience_told_is_the_claim_and_a_body_told_again_is_its_owners(make_source):
    _, extraction = make_source(
        "Live: Storms\n\n08:00 Barbados's finance minister, Ryan Alleyne, told a meeting of Caribbean finance ministers "
        "on Tuesday that small islands hit by hurricanes should be allowed to stop paying their debts for two "
        "years.\n\n08:30 Greece's fire service said 62 fires were burning.\n\n11:45 The fire service said two villages "
        "had been evacuated.\n", published="2026-09-23")
    claims = {(c.claimant_id, c.span.text) for c in extraction.claims}
    assert ("ryan-alleyne", "small islands hit by hurricanes should be allowed to stop paying their debts for two "
            "years") in claims
    assert ("greece", "two villages had been evacuated") in claims


def test_a_participle_with_no_tense_of_its_own_goes_on_with_the_claim(make_source):
    _, extraction = make_source(
        "Cyclone\n\nDHAKA — Disaster management secretary Rafiqul Haque said at least 14 people had died, most of them "
        "hit by falling trees.\n", published="2026-06-11")
    assert [c.span.text for c in extraction.claims] == ["at least 14 people had died, most of them hit by falling trees"]


def test_a_that_clause_hung_on_the_statement_it_was_said_in(make_source):
    _, extraction = make_source(
        "Steel\n\nNEW DELHI — India's commerce ministry said in a statement that the quotas had cut its steel exports "
        "by a third.\n", published="2026-07-02")
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("india", "the quotas had cut its steel exports by a third")]


def test_who_speaks_for_police_a_statement_a_centre_and_a_service_hung_on_a_place(make_source):
    _, extraction = make_source(
        "Border shooting\n\nBISHKEK — Border guards exchanged fire on Monday near the village of Kok-Tash, Kyrgyzstan's "
        "border service said, the first clash this year.\n\nTajikistan's border troops said in a statement that "
        "the other side had started the shooting. Two guards were wounded, the statement said.\n\nTwo people are "
        "missing near the border, police said. The EU's emergency response centre said it had activated its "
        "mapping service.\n", published="2026-08-11")
    claimants = {c.span.text: c.claimant_id for c in extraction.claims}
    assert claimants["Border guards exchanged fire on Monday near the village of Kok-Tash"] == "kyrgyzstan"
    assert claimants["Two guards were wounded"] == "tajikistan"
    assert claimants["Two people are missing near the border"].startswith("police")
    assert claimants["it had activated its mapping service"] == "eu"


def test_what_the_sayer_did_while_saying_and_a_what_called_clause_inside_a_charge_are_no_claims_of_their_own(make_source):
    _, extraction = make_source(
        "Nets\n\nMUYNAK — \"My father fished here, then he fished again,\" Karimov said, mending a net.\n\n"
        "Estonia expelled a Russian diplomat on Friday, accusing him of running what the government called a "
        "\"sabotage\" network.\n", published="2026-11-28")
    assert [c.claim for c in extraction.claims] == [
        "My father fished here, then he fished again", "running what the government called a \"sabotage\" network"]


def test_a_states_body_with_a_name_of_its_own_claims_for_itself(make_source):
    _, extraction = make_source(
        "Boat\n\nTOKYO — Russia's FSB security service said the boat had entered Russian waters without "
        "permission.\n", published="2026-11-25")
    assert [(c.claimant_id, c.claim) for c in extraction.claims] == [
        ("fsb", "the boat had entered Russian waters without permission")]


def test_an_act_told_beside_a_would_clause_and_an_unowned_audit_are_not_in_the_claim(make_source):
    _, extraction = make_source(
        "Appeal\n\nMEXICO CITY — Mexico's sports commission, CONADE, said it would appeal to the Court of Arbitration "
        "for Sport and called the ruling \"disproportionate\".\n\nSenegal's prime minister said on Thursday that the "
        "talks were close to a deal, a year after an audit found the previous government had hidden debt.\n",
        published="2026-11-27")
    claims = [(c.claimant_id, c.claim) for c in extraction.claims]
    assert ("conade", "it would appeal to the Court of Arbitration for Sport") in claims
    assert ("conade", "the ruling \"disproportionate\"") in claims
    assert not any(claim.startswith("the previous government") for _, claim in claims)
