"""Events: PLOVER type and mode, participants in their roles, dates resolved against publication."""


def events_by(extraction):
    return {(e.event_type, e.participant_key()): e for e in extraction.events}


def roles(**by_role):
    return tuple(sorted((actor, role) for role, actors in by_role.items() for actor in actors))


def test_seed_meeting_is_one_event_with_visitor_and_host(seed_extraction):
    meetings = [e for e in seed_extraction.events if e.event_type == "CONSULT"
                and {p.actor_id for p in e.participants} == {"ebrahim-raisi", "vladimir-putin"}]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.participant_key() == roles(actor=["ebrahim-raisi"], recipient=["vladimir-putin"])
    assert (meeting.event_mode, meeting.location, meeting.date.precision) == ("visit", "Moscow", "day")
    assert meeting.date.start.isoformat() == meeting.date.end.isoformat() == "2023-12-07"


def test_seed_dated_events(seed_extraction):
    found = events_by(seed_extraction)
    expected = {
        ("CONSULT", roles(actor=["vladimir-putin"], recipient=["saudi-arabia"])): ("2023-12-06", "2023-12-06", "day"),
        ("CONSULT", roles(actor=["vladimir-putin"], recipient=["united-arab-emirates"])): ("2023-12-06", "2023-12-06", "day"),
        ("CONSULT", roles(actor=["hamas"], recipient=["russia"])): ("2023-10-01", "2023-10-31", "month"),
        ("CONSULT", roles(actor=["vladimir-putin"], recipient=["ali-khamenei"])): ("2022-07-01", "2022-07-31", "month"),
        ("CONSULT", roles(actor=["kim-jong-un"], recipient=["vladimir-putin"])): ("2023-09-01", "2023-09-30", "month"),
        ("ACCUSE", roles(actor=["international-criminal-court"], recipient=["vladimir-putin"])): ("2023-03-01", "2023-03-31", "month"),
        ("REJECT", roles(actor=["russia"])): ("2023-11-01", "2023-11-30", "month"),
    }
    for key, (start, end, precision) in expected.items():
        event = found[key]
        assert (event.date.start.isoformat(), event.date.end.isoformat(), event.date.precision) == (start, end, precision), key


def test_seed_undated_events(seed_extraction):
    found = events_by(seed_extraction)
    for key in [("ACCUSE", roles(actor=["ebrahim-raisi"], recipient=["israel"])),
                ("SUPPORT", roles(actor=["iran"], recipient=["hamas"])),
                ("COOPERATE", roles(actor=["iran", "russia"])),
                ("ACCUSE", roles(actor=["united-states"], recipient=["iran", "russia"]))]:
        assert found[key].date.precision == "unknown"
        assert found[key].date.start is None


def test_possible_and_alleged_acts_are_not_events(seed_extraction):
    # "Iran may be preparing to provide Russia with … missiles"; "accusing him of deporting …"
    assert not [e for e in seed_extraction.events if e.event_type in ("AID", "COERCE")]


def test_event_spans_quote_the_article(seed, seed_extraction):
    for event in seed_extraction.events:
        assert seed.text[event.span.start:event.span.end] == event.span.text


def _events(extraction):
    return [(e.event_type, [(p.role, p.actor_id) for p in e.participants], e.date.start and e.date.start.isoformat())
            for e in extraction.events]


def test_participles_describing_a_noun_are_not_events(make_source):
    _, extraction = make_source(
        "Japan and South Korea resumed a dialogue suspended since 2018.\n"
        "The United States fined companies accused of shipping oil to China.\n"
        "Asked whether Manila would protest, Maria Santos said no.\n")
    # the dialogue resumed and the fine are acts (the model lemmatises "fined" as "fin"); "suspended
    # since 2018" and "accused of shipping" only describe
    assert [(e.event_type, e.participant_key()) for e in extraction.events] == [
        ("CONSULT", roles(actor=["japan", "south-korea"])), ("SANCTION", roles(actor=["united-states"]))]


def test_words_inside_quotation_marks_are_claims_not_events(make_source):
    _, extraction = make_source("\"Ethiopia has rejected every compromise we offered,\" said Karim Fathy.\n")
    assert extraction.events == []
    assert [c.claimant_id for c in extraction.claims] == ["karim-fathy"]


def test_officials_from_two_states_meeting(make_source):
    _, extraction = make_source(
        "Officials from Ethiopia and Eritrea met in Nairobi on Tuesday, Kenya's foreign ministry said.\n",
        published="2025-05-08")
    assert _events(extraction) == [("CONSULT", [("actor", "ethiopia"), ("actor", "eritrea")], "2025-05-06")]
    assert [c.claimant_id for c in extraction.claims] == ["kenya"]


def test_offering_to_send_aid_is_a_promise_not_aid(make_source):
    _, extraction = make_source("Greece offered to send rescue teams to Turkey.\n")
    assert [e.event_type for e in extraction.events] == ["AGREE"]


def test_phrasal_verbs_and_meetings_with_unnamed_sides(make_source):
    _, extraction = make_source(
        "Prime Minister Arta Krasniqi called on the European Union to act.\n"
        "General Paul Nzeng met foreign ambassadors on Monday.\n"
        "Culture Minister Ahmed Fakhri visited the site.\n", published="2025-09-25")
    assert _events(extraction) == [
        ("REQUEST", [("actor", "arta-krasniqi"), ("recipient", "european-union")], None),
        ("CONSULT", [("actor", "paul-nzeng")], "2025-09-22"),
    ]


def test_nationality_adjectives_name_the_state(make_source):
    _, extraction = make_source(
        "Lithuania expelled two Russian diplomats on Tuesday, accusing them of spying.\n", published="2026-08-05")
    assert _events(extraction) == [
        ("SANCTION", [("actor", "lithuania"), ("recipient", "russia")], "2026-08-04"),
        # the participle shares its clause's day, and "them" are the diplomats expelled
        ("ACCUSE", [("actor", "lithuania"), ("recipient", "russia")], "2026-08-04"),
    ]


def test_future_aid_is_a_promise_dated_when_announced(make_source):
    _, extraction = make_source(
        "Japan will send 50 rescue workers to the Philippines, its embassy said on Tuesday.\n",
        published="2026-11-03")
    assert _events(extraction) == [("AGREE", [("actor", "japan"), ("recipient", "philippines")], "2026-11-03")]
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("japan", "Japan will send 50 rescue workers to the Philippines")]


def test_capital_taken_for_a_person_is_still_its_state(make_source):
    _, extraction = make_source(
        "Venezuelan Foreign Minister Rafael Pérez visited Bogotá on Monday.\n", published="2026-10-22")
    assert _events(extraction) == [("CONSULT", [("actor", "rafael-perez"), ("recipient", "colombia")], "2026-10-19")]


def test_reactions_point_back_to_the_act_they_answer(make_source):
    _, extraction = make_source(
        "Georgian police detained three opposition leaders on Thursday.\n"
        "The European Union condemned the arrests.\n", published="2026-01-16")
    assert _events(extraction) == [
        ("COERCE", [("actor", "georgia")], "2026-01-15"),
        ("ACCUSE", [("actor", "european-union"), ("recipient", "georgia")], None),
    ]


def test_both_governments_are_the_two_last_named_together(make_source):
    _, extraction = make_source(
        "Indonesia and Malaysia signed an agreement on Wednesday.\n"
        "ASEAN had urged both governments last year to act.\n", published="2026-03-12")
    assert _events(extraction)[1] == ("REQUEST", [("actor", "asean"), ("recipient", "indonesia"),
                                                 ("recipient", "malaysia")], "2025-01-01")


def test_a_conditional_warning_is_a_threat_and_a_loan_is_aid(make_source):
    _, extraction = make_source(
        "Union leader Roberto Sosa warned that workers would strike if wages were frozen.\n"
        "Construction began in 2021 with a loan from the European Investment Bank.\n")
    assert [(e.event_type, e.participants[0].actor_id) for e in extraction.events] == [
        ("THREATEN", "roberto-sosa"), ("AID", "european-investment-bank")]


def test_conditions_are_not_facts_and_lifting_needs_a_restriction(make_source):
    _, extraction = make_source(
        "The United States will keep sanctions in place until Iran signed a new agreement.\n"
        "In Murano, Paolo Zanetti lifts a glowing bulb from the furnace.\n")
    assert extraction.events == []


def test_aid_promised_for_someone_and_relative_clause_subjects(make_source):
    _, extraction = make_source(
        "Norway pledged $500 million in humanitarian aid for Sudan on Tuesday.\n"
        "Samuel Otieno, who denies the charge, spoke to the court.\n"
        "A senior US official, who asked not to be named, said more would follow.\n", published="2026-04-15")
    assert _events(extraction) == [
        ("AGREE", [("actor", "norway"), ("recipient", "sudan")], "2026-04-14"),
        ("REJECT", [("actor", "samuel-otieno")], None),
    ]


def test_complaints_and_tariffs_dated_by_their_own_clause(make_source):
    _, extraction = make_source(
        "Mexico's economy ministry on Thursday filed a formal complaint against a US tariff that took effect "
        "earlier this month.\n", published="2026-03-20")
    assert _events(extraction) == [("ACCUSE", [("actor", "mexico"), ("recipient", "united-states")], "2026-03-19")]


def test_plans_are_not_events_but_phone_calls_and_inquiries_are(make_source):
    _, extraction = make_source(
        "President Emmanuel Roux spoke with Prime Minister Arjun Mehra on Wednesday.\n"
        "Mr Roux will visit New Delhi in September.\n"
        "German prosecutors have opened an investigation into a helicopter contract.\n", published="2026-07-16")
    assert _events(extraction) == [
        ("CONSULT", [("actor", "emmanuel-roux"), ("recipient", "arjun-mehra")], "2026-07-15"),
        ("ACCUSE", [("actor", "germany")], None),
    ]


def test_a_threat_aims_where_the_threatened_act_would(make_source):
    _, extraction = make_source(
        "US Trade Representative Dana Whitfield threatened on Friday to impose tariffs on Vietnamese electronics "
        "if talks fail.\n", published="2026-04-25")
    assert _events(extraction) == [("THREATEN", [("actor", "dana-whitfield"), ("recipient", "vietnam")], "2026-04-24")]


def test_the_two_leaders_are_the_last_two_people_named(make_source):
    _, extraction = make_source(
        "President Kemal Aksoy arrived on Monday for talks on the Tigris and Euphrates.\n"
        "Prime Minister Hadi al-Sudani received him at the airport.\n"
        "The two leaders signed an agreement on dams.\n")
    assert ("AGREE", [("actor", "kemal-aksoy"), ("actor", "hadi-al-sudani")], None) in _events(extraction)


def test_denials_plans_and_demands_are_not_done_acts(make_source):
    _, extraction = make_source(
        "China offered condolences but did not send aid.\n"
        "Penny Walsh demanded on Tuesday that China release the writer Yang Li.\n"
        "The court defended the right to free assembly.\n", published="2026-02-25")
    assert [(e.event_type, [p.actor_id for p in e.participants]) for e in extraction.events if e.event_type != "AGREE"] == [
        ("REQUEST", ["penny-walsh", "china"])]


def test_a_leader_welcoming_a_visitor_is_part_of_the_visit(make_source):
    _, extraction = make_source(
        "Indonesian President Budi Santoso began a three-day visit to Australia on Monday.\n"
        "Australian Prime Minister Mark Holloway welcomed him at Parliament House.\n", published="2026-10-27")
    assert _events(extraction) == [
        ("CONSULT", [("actor", "budi-santoso"), ("recipient", "australia"), ("recipient", "mark-holloway")], "2026-10-26")]
    assert extraction.new_actors["mark-holloway"].country == "AUS"


def test_visits_placed_by_their_verb_and_sanctions_aimed_by_theirs(make_source):
    _, extraction = make_source(
        "Chinese Premier Li Wen arrived in Islamabad on Wednesday for a two-day visit, his first abroad this year.\n"
        "Pakistan's Prime Minister Shahid Anwar hosted him for talks.\n"
        "Saudi and Israeli officials met in Cairo last week.\n"
        "Britain imposed sanctions on Monday on four Iranian companies.\n", published="2026-04-02")
    assert _events(extraction) == [
        ("CONSULT", [("actor", "li-wen"), ("recipient", "pakistan"), ("recipient", "shahid-anwar")], "2026-04-01"),
        ("CONSULT", [("actor", "saudi-arabia"), ("actor", "israel")], "2026-03-23"),
        ("SANCTION", [("actor", "united-kingdom"), ("recipient", "iran")], "2026-03-30"),
    ]


def test_conjoined_bodies_arrivals_promises_and_stopped_talks(make_source):
    _, extraction = make_source(
        "Sudan's army and the Rapid Support Forces agreed on Wednesday to a seven-day ceasefire.\n"
        "Argentine President Martín Acosta arrived in Santiago on Tuesday for talks.\n"
        "Japan will provide the Philippines with vessels under a loan agreement signed on Tuesday.\n"
        "Defence Minister Andrés Rivas later suspended talks with the ELN.\n", published="2026-11-26")
    events = _events(extraction)
    assert ("AGREE", [("actor", "sudan"), ("actor", "rapid-support-forces")], "2026-11-25") in events
    assert ("CONSULT", [("actor", "martin-acosta"), ("recipient", "chile")], "2026-11-24") in events
    assert ("AGREE", [("actor", "japan"), ("recipient", "philippines")], "2026-11-24") in events
    assert not any(e[0] == "CONSULT" and e[1][0][1] == "andres-rivas" for e in events)


def test_acts_done_to_someone_by_an_unnamed_actor_and_broken_ties(make_source):
    _, extraction = make_source(
        "Police arrested former president Jorge Castillo at his home on Tuesday.\n"
        "Poland closed its last border crossing with Belarus on Monday.\n"
        "Egypt and Turkey cut ties in 2013.\n", published="2026-03-25")
    assert _events(extraction) == [
        ("COERCE", [("recipient", "jorge-castillo")], "2026-03-24"),
        ("SANCTION", [("actor", "poland"), ("recipient", "belarus")], "2026-03-23"),
        ("SANCTION", [("actor", "egypt"), ("actor", "turkey")], "2013-01-01"),
    ]
    assert extraction.events[0].summary == "Jorge Castillo was coerced by an actor the text does not name"


def test_a_passive_with_no_agent_keeps_its_target(make_source):
    _, extraction = make_source("Levan Gelashvili had been jailed in March for organising protests.\n",
                                published="2026-05-30")
    assert _events(extraction) == [("COERCE", [("recipient", "levan-gelashvili")], "2026-03-01")]


def test_agreements_reached_expulsions_ordered_and_convictions(make_source):
    _, extraction = make_source(
        "The International Monetary Fund reached an agreement with Sri Lanka on Tuesday.\n"
        "Mali ordered the French ambassador to leave the country on Monday.\n"
        "Roberto Lima was convicted of fraud on Wednesday.\n", published="2026-04-15")
    assert _events(extraction) == [
        ("AGREE", [("actor", "international-monetary-fund"), ("recipient", "sri-lanka")], "2026-04-14"),
        ("SANCTION", [("actor", "mali"), ("recipient", "france")], "2026-04-13"),
        ("SANCTION", [("recipient", "roberto-lima")], "2026-04-15"),
    ]


def test_aid_for_whoever_its_purpose_helps_and_fire_only_at_someone(make_source):
    _, extraction = make_source(
        "The World Bank approved an $800 million loan on Tuesday to help Kenya upgrade its grid.\n"
        "North Korea fired two missiles into the sea on Monday.\n"
        "Venezuela's foreign minister had visited Bogotá to finalise the deal.\n"
        "The IMF is close to approving a loan to Pakistan.\n", published="2026-04-29")
    assert _events(extraction) == [
        ("AID", [("actor", "world-bank"), ("recipient", "kenya")], "2026-04-28"),
        ("CONSULT", [("actor", "venezuela"), ("recipient", "colombia")], None),
    ]


def test_shares_of_a_group_demands_of_a_person_and_admissions(make_source):
    _, extraction = make_source(
        "Dutch Migration Minister Eva Jansen resigned on Wednesday.\n"
        "The opposition GreenLeft party had demanded her departure.\n"
        "The Unity Movement says 27 of its members were detained.\n"
        "Jansen took full responsibility. The cabinet must still ratify the deal.\n", published="2026-01-15")
    assert _events(extraction) == [
        ("REQUEST", [("actor", "greenleft"), ("recipient", "eva-jansen")], None),
        ("COERCE", [("recipient", "unity-movement")], None),
        ("CONCEDE", [("actor", "eva-jansen")], None),
    ]


def test_words_of_blame_criticise_and_words_of_praise_do_not(make_source):
    _, extraction = make_source(
        "Opposition leader Paulo Mendes called the plan “a fantasy”.\n"
        "Shankar called the deal \"a milestone\".\n"
        "Putin has cast the war as a failure of US diplomacy.\n")
    assert _events(extraction) == [
        ("ACCUSE", [("actor", "paulo-mendes")], None),
        ("ACCUSE", [("actor", "vladimir-putin"), ("recipient", "united-states")], None),
    ]


def test_both_sides_besides_the_speaker_lifted_sanctions_and_acts_at_other_times(make_source):
    _, extraction = make_source(
        "The Economic Community of West African States (ECOWAS) lifted sanctions on Niger on Wednesday.\n"
        "The African Union urged both sides to resume dialogue.\n"
        "Iran seized a tanker last year, and detained a vessel in 2019.\n"
        "The leaders of Serbia and Kosovo blamed each other on Tuesday for a shooting that wounded two Kosovo police officers.\n"
        "The Rapid Support Forces, which Sudan's army has fought, denied wrongdoing. Iran denied supplying drones to Sudan.\n"
        "10:30 Environment minister Rita Campos met the Chinese and Indian delegations this morning.\n",
        published="2026-11-20")
    assert _events(extraction) == [
        ("RETREAT", [("actor", "economic-community-of-west-african-states"), ("recipient", "niger")], "2026-11-18"),
        ("REQUEST", [("actor", "african-union"), ("recipient", "economic-community-of-west-african-states"),
                     ("recipient", "niger")], None),
        ("COERCE", [("actor", "iran")], "2025-01-01"),
        ("COERCE", [("actor", "iran")], "2019-01-01"),
        ("ACCUSE", [("actor", "serbia"), ("actor", "kosovo")], "2026-11-17"),
        ("ASSAULT", [("recipient", "kosovo")], None),
        ("REJECT", [("actor", "rapid-support-forces")], None),
        ("ASSAULT", [("actor", "sudan"), ("recipient", "rapid-support-forces")], None),
        ("REJECT", [("actor", "iran")], None),
        ("CONSULT", [("actor", "rita-campos"), ("recipient", "china"), ("recipient", "india")], "2026-11-20"),
    ]



def test_releases_by_exchange_denials_of_an_allegation_and_days_apart(make_source):
    _, extraction = make_source(
        "Russia and Ukraine exchanged 150 prisoners of war on Thursday in a swap brokered by the United Arab Emirates.\n"
        "Two days earlier, Ukraine had accused Russia of executing soldiers, an allegation Moscow denied.\n"
        "US Secretary of State Michael Grant said Washington remained the largest contributor.\n"
        "The International Court of Justice ordered Venezuela not to act. Guyana's foreign minister, Robert Persaud, "
        "welcomed the decision.\n", published="2026-04-10")
    assert _events(extraction) == [
        ("RETREAT", [("actor", "russia"), ("actor", "ukraine")], "2026-04-09"),
        ("CONSULT", [("actor", "united-arab-emirates"), ("recipient", "russia"), ("recipient", "ukraine")], "2026-04-09"),
        ("ACCUSE", [("actor", "ukraine"), ("recipient", "russia")], "2026-04-07"),
        ("REJECT", [("actor", "russia"), ("recipient", "ukraine")], None),
        ("REQUEST", [("actor", "international-court-of-justice"), ("recipient", "venezuela")], None),
        ("SUPPORT", [("actor", "robert-persaud"), ("recipient", "international-court-of-justice")], None),
    ]


def test_a_state_protesting_to_another_ranks_and_a_states_leader(make_source):
    _, extraction = make_source(
        "Kenya protested to Uganda on Wednesday after Ugandan marines arrested 23 Kenyan fishermen.\n"
        "Uganda's defence spokesman, Brig. Moses Okello, said the fishermen were fishing illegally.\n"
        "Ethiopian Prime Minister Dawit Bekele met the envoy. Ethiopia's leader had called for access to the sea.\n"
        "The Organization of American States has deployed 80 observers.\n", published="2026-04-30")
    assert _events(extraction)[:2] == [
        ("ACCUSE", [("actor", "kenya"), ("recipient", "uganda")], "2026-04-29"),
        ("COERCE", [("actor", "uganda"), ("recipient", "kenya")], None),  # "after …": before Wednesday, not on it
    ]
    assert ("REQUEST", [("actor", "dawit-bekele")], None) in _events(extraction)
    assert not any(event[0] == "MOBILIZE" for event in _events(extraction))
    assert extraction.new_actors["moses-okello"].kind == "person"


def test_a_host_by_place_passives_with_borrowed_subjects_and_targets_by_place(make_source):
    _, extraction = make_source(
        "Argentina and Britain held talks in London on Tuesday.\n"
        "Gabriel Ortiz and Oliver Grant spoke by phone.\n"
        "Thabo Mokoena appeared in court and was released on bail.\n"
        "Israeli aircraft struck three air defence sites in western Iran last week.\n"
        "Greenland rejected a bid by a Chinese company.\n", published="2026-09-04")
    assert _events(extraction) == [
        ("CONSULT", [("actor", "argentina"), ("recipient", "united-kingdom")], "2026-09-01"),
        ("CONSULT", [("actor", "gabriel-ortiz"), ("actor", "oliver-grant")], None),
        ("ASSAULT", [("actor", "israel"), ("recipient", "iran")], "2026-08-24"),
        ("REJECT", [("actor", "greenland"), ("recipient", "china")], None),
    ]
    assert extraction.events[0].event_mode == "visit"


def test_objects_made_to_act_borrowed_passives_and_ages(make_source):
    _, extraction = make_source(
        "A Chinese carrier group sailed near the islands, prompting Japan to scramble fighter jets.\n"
        "Former Prime Minister Kittipong Srisuk returned on Thursday and was detained at the airport.\n"
        "Kittipong, 74, was convicted of abuse of power in 2011.\n"
        "ASEAN foreign ministers agreed to invite a representative. The EU had blocked the package. "
        "ASEAN barred Myanmar's military leaders from its summit.\n", published="2026-07-10")
    events = _events(extraction)
    assert ("MOBILIZE", [("actor", "japan")], None) in events
    assert ("COERCE", [("recipient", "kittipong-srisuk")], "2026-07-09") in events
    assert ("SANCTION", [("recipient", "kittipong-srisuk")], "2011-01-01") in events
    assert not any(date and date.startswith("1974") for _, _, date in events)
    assert {("AGREE", "asean"), ("REJECT", "eu"), ("SANCTION", "asean")} <= {
        (kind, roles[0][1]) for kind, roles, _ in events if roles}


def test_a_pair_named_together_blame_traded_and_claims_called_lies(make_source):
    _, extraction = make_source(
        "Saudi Arabia and Iran agreed on Thursday to reopen their consulates. The United States welcomed the step.\n"
        "The two countries cut ties in 2016.\n"
        "Greece and Turkey traded blame on Thursday over the sinking.\n"
        "Greek Migration Minister Nikos Pappas called the accusation \"a lie\".\n"
        "The Kremlin has neither confirmed nor denied the presence of North Korean soldiers.\n"
        "Dewi Anggraini was jailed for organising protests. She had organised protests in March.\n",
        published="2026-04-03")
    events = _events(extraction)
    assert ("SANCTION", [("actor", "saudi-arabia"), ("actor", "iran")], "2016-01-01") in events
    assert ("ACCUSE", [("actor", "greece"), ("actor", "turkey")], "2026-04-02") in events
    assert ("REJECT", [("actor", "nikos-pappas"), ("recipient", "turkey")], None) in events
    assert not any(kind == "REJECT" and roles == [("actor", "russia")] for kind, roles, _ in events)
    assert [date for kind, _, date in events if kind == "PROTEST"] == ["2026-03-01"]


def test_a_wider_lexicon_and_wanted_acts_joined_to_a_wanted_act(make_source):
    _, extraction = make_source(
        "Saudi Arabia accepted the Omani proposal on Monday. Brazil recognised Palestine in 2011.\n"
        "Lithuania recalled its ambassador from Minsk on Tuesday.\n"
        "The two leaders agreed to resume talks and to share intelligence on North Korea.\n"
        "The bank recognised the need for reform.\n", published="2026-03-12")
    events = _events(extraction)
    assert ("AGREE", [("actor", "saudi-arabia"), ("recipient", "oman")], "2026-03-09") in events
    assert ("SUPPORT", [("actor", "brazil"), ("recipient", "palestine")], "2011-01-01") in events
    assert ("SANCTION", [("actor", "lithuania"), ("recipient", "belarus")], "2026-03-10") in events  # from Minsk
    assert not any(kind in ("COOPERATE", "SUPPORT") and "north-korea" in str(roles) for kind, roles, _ in events)
    assert sum(kind == "SUPPORT" for kind, _, _ in events) == 1


def test_deals_left_envoys_expelled_objections_and_days_before_the_main_clause(make_source):
    _, extraction = make_source(
        "Peru ordered Mexico's ambassador, Laura Ibarra, to leave the country within 72 hours on Friday, "
        "a day after Mexico granted asylum to Rosa Quispe.\n"
        "The two countries had restored full relations only in May.\n"
        "Russia withdrew from the grain deal in July 2023. Russia withdrew from Kherson in November 2022.\n"
        "In March, France asked the United Nations to extend its shelf; Canada objected within a week.\n",
        published="2026-11-14")
    events = _events(extraction)
    expelled = next(roles for kind, roles, date in events if kind == "SANCTION" and date == "2026-11-13")
    assert ("recipient", "mexico") in expelled
    assert ("AID", [("actor", "mexico"), ("recipient", "rosa-quispe")], "2026-11-12") in events
    assert ("COOPERATE", [("actor", "peru"), ("actor", "mexico")], "2026-05-01") in events
    assert ("SANCTION", [("actor", "russia")], "2023-07-01") in events
    assert ("RETREAT", [("actor", "russia")], "2022-11-01") in events
    assert ("REJECT", [("actor", "canada"), ("recipient", "france")], None) in events


def test_promised_acts_aimed_meetings_of_a_pair_and_investigations_into_a_branch(make_source):
    _, extraction = make_source(
        "Japan has agreed to sell frigates to Australia.\n"
        "The deal was settled at a meeting of the two countries' defence ministers in Canberra last month.\n"
        "The Office for the Protection of Sovereignty has opened an investigation into the local branch "
        "of Transparency International.\n", published="2026-11-11")
    events = _events(extraction)
    # "The deal was settled … last month" dates the agreement told before it
    assert ("AGREE", [("actor", "japan"), ("recipient", "australia")], "2026-10-01") in events
    assert ("CONSULT", [("actor", "japan"), ("recipient", "australia")], "2026-10-01") in events
    assert ("ACCUSE", [("actor", "office-for-the-protection-of-sovereignty"),
                       ("recipient", "transparency-international")], None) in events


def test_emergencies_declared_rallies_addressed_loans_that_help_and_acts_told_again(make_source):
    _, extraction = make_source(
        "Kenyan police arrested opposition leader Grace Wanjiru on Wednesday, hours after she addressed a rally in "
        "Kisumu against a new housing tax.\n"
        "President Lucía Andrade declared a state of emergency on Tuesday.\n"
        "Interior Minister David Kiprono said Wanjiru had been detained for incitement.\n"
        "The Asian Development Bank approved a loan to help Bangladesh protect its coast.\n"
        "The Lesotho Highlands Development Authority offered families new houses in 2023. Most accepted. "
        "Mamello Tau refused.\n",
        published="2026-06-25")
    events = _events(extraction)
    assert ("COERCE", [("actor", "lucia-andrade")], "2026-06-23") in events
    assert ("PROTEST", [("actor", "grace-wanjiru")], None) in events
    assert [roles for kind, roles, _ in events if kind == "COERCE" and ("recipient", "grace-wanjiru") in roles] == [
        [("actor", "kenya"), ("recipient", "grace-wanjiru")]]
    assert ("AID", [("actor", "asian-development-bank"), ("recipient", "bangladesh")], None) in events
    refusal = next(roles for kind, roles, _ in events if kind == "REJECT")
    assert ("actor", "mamello-tau") in refusal and len(refusal) == 2


def test_concern_at_an_act_and_threats_to_retaliate(make_source):
    _, extraction = make_source(
        "Kenyan police arrested Grace Wanjiru on Wednesday. The United States said it was deeply concerned by the arrest.\n"
        "Japan imposed tariffs on Chinese steel on Monday. China said on Tuesday it would retaliate.\n"
        "France said Paris would not retaliate.\n", published="2026-06-25")
    events = _events(extraction)
    assert ("ACCUSE", [("actor", "united-states"), ("recipient", "kenya")], None) in events
    assert ("THREATEN", [("actor", "china"), ("recipient", "japan")], "2026-06-23") in events
    assert not any(kind == "THREATEN" and ("actor", "france") in roles for kind, roles, _ in events)


def test_a_charge_rejected_answers_its_speaker_and_protests_lodged(make_source):
    _, extraction = make_source(
        "Greece's foreign minister, Nikos Karras, said on Monday that North Macedonia was violating the deal.\n"
        "North Macedonia's prime minister, Aleksandar Petrov, rejected the charge.\n"
        "Japan lodged a protest with China on Sunday.\n", published="2026-11-03")
    events = _events(extraction)
    assert ("REJECT", [("actor", "aleksandar-petrov"), ("recipient", "nikos-karras")], None) in events
    assert ("ACCUSE", [("actor", "japan"), ("recipient", "china")], "2026-11-01") in events


def test_rebels_with_digits_places_named_by_town_and_dates_past_a_clause(make_source):
    _, extraction = make_source(
        "Congo's government and the M23 rebel group signed a ceasefire in Doha on Monday.\n"
        "The deal came a day after M23 fighters withdrew from the town of Walikale.\n"
        "The two sides had agreed to a truce in 2012, which collapsed within weeks.\n"
        "Serbia's president, Dragan Nikolić, dismissed the demand by Croatia's prime minister, Ivan Horvat.\n"
        "The opposition walked out of the chamber.\n", published="2026-11-10")
    events = _events(extraction)
    assert ("AGREE", [("actor", "democratic-republic-of-congo"), ("actor", "m23")], "2026-11-09") in events
    assert ("RETREAT", [("actor", "m23")], "2026-11-08") in events
    assert ("AGREE", [("actor", "democratic-republic-of-congo"), ("actor", "m23")], "2012-01-01") in events
    assert not any("walikale" in str(roles) for _, roles, _ in events)


def test_a_deal_retold_objections_lifted_sellers_and_people_dismissed(make_source):
    _, extraction = make_source(
        "Indonesia and Australia signed a defence treaty on Thursday that commits them to hold joint exercises.\n"
        "The treaty was signed in Jakarta by Indonesian Defence Minister Agus Wirawan and Australian Defence "
        "Minister Claire Whitfield.\n"
        "Turkey has agreed to buy 40 Eurofighter Typhoon jets from Britain, after Germany lifted its objection.\n"
        "Nigerian President Musa Adebayo dismissed central bank governor Chinedu Okafor on Wednesday.\n",
        published="2026-11-27")
    events = _events(extraction)
    assert [kind for kind, _, _ in events if kind in ("AGREE", "MOBILIZE")] == ["AGREE", "AGREE"]
    assert ("AGREE", [("actor", "indonesia"), ("actor", "australia")], "2026-11-26") in events
    assert ("AGREE", [("actor", "turkey"), ("recipient", "united-kingdom")], None) in events
    assert ("CONCEDE", [("actor", "germany")], None) in events
    assert not any(kind == "REJECT" for kind, _, _ in events)


def test_a_deal_told_by_its_participle_with_its_own_time(make_source):
    _, extraction = make_source(
        "South Korea will deploy missiles to Poland next year under a deal reached with Warsaw last month, "
        "officials said.\n", published="2026-11-05")
    assert ("AGREE", [("actor", "south-korea"), ("recipient", "poland")], "2026-10-01") in _events(extraction)


def test_a_dated_dateline_blame_cast_in_adjectives_and_a_speech_act_joined_to_a_report(make_source):
    _, extraction = make_source(
        "BRASILIA, Nov 24 (Reuters) - Brazil imposed duties on steel imports from Argentina on Monday, hurting "
        "South America's two largest economies.\n"
        "Argentina's foreign ministry called the duties \"unjustified and protectionist\".\n"
        "The two countries signed a trade agreement in March.\n"
        "India's negotiator, Vikram Sethi, said New Delhi had tabled a proposal and accused Dhaka of stalling.\n"
        "Bangladesh's minister, Farhana Haque, disputed that.\n", published="2026-11-24")
    events = _events(extraction)
    assert ("SANCTION", [("actor", "brazil"), ("recipient", "argentina")], "2026-11-23") in events
    assert ("ACCUSE", [("actor", "argentina"), ("recipient", "brazil")], None) in events
    assert ("AGREE", [("actor", "brazil"), ("actor", "argentina")], "2026-03-01") in events
    assert ("ACCUSE", [("actor", "vikram-sethi"), ("recipient", "bangladesh")], None) in events
    assert ("REJECT", [("actor", "farhana-haque"), ("recipient", "vikram-sethi")], None) in events
    assert "reuters" not in {m.actor_id for m in extraction.mentions}


def test_periods_counted_from_an_act_and_the_day_before_an_act_told_earlier(make_source):
    _, extraction = make_source(
        "Colombia and the ELN rebels resumed peace talks in Caracas on Wednesday, six months after the rebels "
        "walked out.\n"
        "The rebels attacked a police station in Cucuta the day before the talks resumed, the army said.\n"
        "Bolivia's foreign minister, Ana Quiroga, said on Monday that an ambassador would return, three years "
        "after Bolivia and Chile recalled their envoys.\n", published="2026-11-26")
    events = {(kind, tuple(roles)): date for kind, roles, date in _events(extraction)}
    assert events[("PROTEST", (("actor", "eln"),))] == "2026-05-01"
    assert events[("ASSAULT", (("actor", "eln"), ("recipient", "colombia")))] == "2026-11-24"
    assert events[("SANCTION", (("actor", "bolivia"), ("actor", "chile")))] == "2023-01-01"


def test_courts_halting_acts_feelings_quoted_from_their_owner_and_states_leaving_a_bloc(make_source):
    _, extraction = make_source(
        "Kenya's High Court on Friday halted the deportation of activist Brian Ssekandi.\n"
        "Justice Lydia Wanjiru ordered the police to release Ssekandi.\n"
        "A court in Bishkek on Wednesday sentenced blogger Aibek Osmonov. The US embassy said it was \"troubled\" "
        "by the verdict.\n"
        "The Economic Community of West African States (ECOWAS) lifted sanctions on Guinea.\n"
        "Mali, Burkina Faso and Niger, also run by soldiers, quit ECOWAS in January 2025.\n", published="2026-11-14")
    events = _events(extraction)
    assert ("REJECT", [("actor", "high-court"), ("recipient", "kenya")], "2026-11-13") in events  # its own state's act
    assert not any(kind == "RETREAT" and ("recipient", "ssekandi") in roles for kind, roles, _ in events)  # ordered
    assert ("SANCTION", [("actor", "kyrgyzstan"), ("recipient", "aibek-osmonov")], "2026-11-11") in events
    assert ("ACCUSE", [("actor", "united-states"), ("recipient", "kyrgyzstan")], None) in events
    assert ("SANCTION", [("actor", "mali"), ("actor", "burkina-faso"), ("actor", "niger"),
                         ("recipient", "economic-community-of-west-african-states")], "2025-01-01") in events
    assert "lydia-wanjiru" in {m.actor_id for m in extraction.mentions}


def test_plans_leaked_by_unnamed_officials_are_no_promise(make_source):
    _, extraction = make_source(
        "Japan will supply the Philippines with five radars, two Japanese government officials said on Thursday.\n"
        "Germany will send aid to Sudan, its foreign ministry said on Thursday.\n", published="2026-11-19")
    events = _events(extraction)
    assert not any(("actor", "japan") in roles for _, roles, _ in events)
    assert ("AGREE", [("actor", "germany"), ("recipient", "sudan")], "2026-11-19") in events


def test_denials_answer_the_accuser_and_withdrawals_from_a_body(make_source):
    _, extraction = make_source(
        "WARSAW, Poland (AP) — Poland on Thursday accused Russia's military intelligence of a cyberattack.\n"
        "Moscow denied any involvement.\n"
        "The United States withdrew from the World Health Organization in January 2026.\n"
        "The Nigeria Labour Congress (NLC) called the strike. The union called off a second strike.\n",
        published="2026-11-20")
    events = _events(extraction)
    assert ("ACCUSE", [("actor", "poland"), ("recipient", "russia")], "2026-11-19") in events
    assert ("REJECT", [("actor", "russia"), ("recipient", "poland")], None) in events
    assert ("SANCTION", [("actor", "united-states"), ("recipient", "world-health-organization")], "2026-01-01") in events
    assert [kind for kind, _, _ in events].count("PROTEST") == 1


def test_two_countries_named_by_an_adjective_and_acts_a_day_apart(make_source):
    _, extraction = make_source(
        "COLOMBO — Sri Lanka released 35 Indian fishermen on Tuesday.\n"
        "The release came a day after the two countries' navy chiefs met in Colombo and agreed to set up a hotline.\n"
        "The two governments signed a border treaty last March, and troops have since pulled back.\n",
        published="2026-11-25")
    events = _events(extraction)
    assert ("CONSULT", [("recipient", "sri-lanka"), ("actor", "india")], "2026-11-23") in events
    assert ("AGREE", [("actor", "sri-lanka"), ("actor", "india")], "2026-11-23") in events
    assert ("AGREE", [("actor", "sri-lanka"), ("actor", "india")], "2026-03-01") in events
    assert not any(kind == "RETREAT" and date == "2026-03-01" for kind, _, date in events)


def test_states_protest_in_words_deport_nationals_and_tell_people_what_to_do(make_source):
    _, extraction = make_source(
        "President Rafael Medina has deported tens of thousands of Haitians.\n"
        "Haiti's government has protested against the deportations.\n"
        "Her campaign chief, Andrés Muñoz, told supporters to \"wait for every vote.\" He told reporters nothing.\n",
        published="2026-11-14")
    events = _events(extraction)
    assert ("COERCE", [("actor", "rafael-medina"), ("recipient", "haiti")], None) in events
    assert ("ACCUSE", [("actor", "haiti"), ("recipient", "rafael-medina")], None) in events
    assert [kind for kind, _, _ in events if kind == "REQUEST"] == ["REQUEST"]
    assert not any(claim.span.text.startswith("wait") for claim in extraction.claims)


def test_reactions_to_a_warrant_gerunds_counted_from_their_act_and_acts_not_taken(make_source):
    _, extraction = make_source(
        "The International Criminal Court on Thursday issued an arrest warrant for Abdel Karim Musa.\n"
        "The RSF rejected the warrant. Sudan's government welcomed the decision.\n"
        "BRUSSELS — Hungary on Thursday lifted its veto on the package, two weeks after blocking it at a summit.\n"
        "Last December, it abstained rather than veto the opening of membership talks with Ukraine.\n"
        "Myanmar, whose military government remains barred from summits, did not attend.\n", published="2026-11-27")
    events = _events(extraction)
    assert ("REJECT", [("actor", "rsf"), ("recipient", "international-criminal-court")], None) in events
    assert ("SUPPORT", [("actor", "sudan"), ("recipient", "international-criminal-court")], None) in events
    assert ("CONCEDE", [("actor", "hungary")], "2026-11-26") in events
    assert ("REJECT", [("actor", "hungary")], "2026-11-12") in events
    assert not any(date == "2025-12-01" for _, _, date in events)
    assert not any(kind == "SANCTION" for kind, _, _ in events)


def test_premises_searched_violations_of_a_treaty_and_a_leaders_government(make_source):
    _, extraction = make_source(
        "BELGRADE — Serbian police on Wednesday searched the offices of Civic Watch, an independent election monitor.\n"
        "Kenya suspended imports of sugar from Uganda on Wednesday. Uganda's trade ministry called the move "
        "\"a violation of the East African Community treaty\".\n", published="2026-11-05")
    events = _events(extraction)
    assert ("COERCE", [("actor", "serbia"), ("recipient", "civic-watch")], "2026-11-04") in events
    assert ("ACCUSE", [("actor", "uganda"), ("recipient", "kenya")], None) in events
    _, promise = make_source(
        "TALLINN — Estonian Prime Minister Kristi Laar and her Finnish counterpart, Aino Virtanen, met on Tuesday. "
        "Virtanen said her government would send two more patrol vessels.\n", published="2026-11-05", name="promise")
    assert ("AGREE", [("actor", "finland"), ("recipient", "estonia")], None) in _events(promise)
    assert {m.span.text: m.actor_id for m in extraction.mentions}["BELGRADE"] == "serbia"
    assert extraction.new_actors["civic-watch"].kind == "organization"


def test_remarks_and_speeches_answered_and_dialogues_held(make_source):
    _, extraction = make_source(
        "\"The Essequibo is Venezuelan,\" Venezuela's ambassador, Carmen Velasquez, said. Guyanese Foreign Minister "
        "Hugh Ramsaran dismissed the remarks.\n"
        "Ethiopian Prime Minister Dawit Bekele told parliament on Monday that his country would seek access to the sea. "
        "Eritrea's information minister, Yemane Gebre, called the speech \"a reckless provocation\".\n"
        "Venezuela's foreign ministry rejected the accusation as \"a crude fabrication\".\n", published="2026-11-13")
    events = _events(extraction)
    assert ("REJECT", [("actor", "hugh-ramsaran"), ("recipient", "carmen-velasquez")], None) in events
    assert ("ACCUSE", [("actor", "yemane-gebre"), ("recipient", "dawit-bekele")], None) in events
    assert ("a crude fabrication", "venezuela") in [(q.span.text, q.speaker_id) for q in extraction.quotes]


def test_water_cannon_fired_at_a_boat_incidents_condemned_strikes_by_workers_and_rules(make_source):
    _, extraction = make_source(
        "A Chinese coast guard ship fired water cannon at a Philippine supply boat on Monday.\n"
        "The United States condemned the incident.\n"
        "Rail workers strike against the government's plan.\n"
        "The agency's rules bar it from acting in political cases.\n", published="2026-11-17")
    events = _events(extraction)
    assert ("ASSAULT", [("actor", "china"), ("recipient", "philippines")], "2026-11-16") in events
    assert ("ACCUSE", [("actor", "united-states"), ("recipient", "china")], None) in events
    assert not any(kind in ("ASSAULT", "PROTEST", "SANCTION") and date is None and ("actor", "china") not in roles
                   for kind, roles, date in events)


def test_an_office_of_a_states_leader_protests_traded_and_members_admitted(make_source):
    _, extraction = make_source(
        "Israel's prime minister's office declined to comment on the talks in Baku.\n"
        "South Korea and Japan traded protests on Wednesday over a drill near the islets.\n"
        "The Shanghai Cooperation Organisation (SCO) admitted Belarus as its tenth member on Thursday.\n"
        "Chilean President Gabriel Soto blamed his predecessor, Sebastian Rios, for the deficit. Rios called the claim "
        "\"a smokescreen\".\n", published="2026-11-13")
    events = _events(extraction)
    assert ("REJECT", [("actor", "israel")], None) in events
    assert ("ACCUSE", [("actor", "south-korea"), ("actor", "japan")], "2026-11-11") in events
    assert not any(kind == "CONCEDE" for kind, _, _ in events)
    assert ("REJECT", [("actor", "sebastian-rios"), ("recipient", "gabriel-soto")], None) in events


def test_members_of_a_bloc_walkouts_and_hyphenated_titles(make_source):
    _, extraction = make_source(
        "The six members of the Gulf Cooperation Council (GCC) agreed on Sunday to set up a joint air defence command.\n"
        "Secretary-General Jasem Albudaiwi said the command would link radar networks.\n"
        "Argentina's delegation walked out of the closing session.\n"
        "The opposition Unity Movement says 27 of its members were detained.\n", published="2026-11-09")
    events = _events(extraction)
    assert ("AGREE", [("actor", "gulf-cooperation-council")], "2026-11-08") in events
    assert ("PROTEST", [("actor", "argentina")], None) in events
    assert extraction.new_actors["jasem-albudaiwi"].kind == "person"


def test_duties_cut_groups_declared_undesirable_and_talks_guaranteed_or_hosted(make_source):
    _, extraction = make_source(
        "Vietnam cut import duties on Australian beef on Monday. Russia declared the Danish Refugee Council an "
        "\"undesirable\" organisation on Tuesday. Ethiopia and Eritrea are close to signing a pact at talks in Nairobi. Kenya "
        "and Norway, which guarantee the talks, urged calm. Qatar has hosted the talks since May. Senegal let its "
        "fishing agreement with Spain expire in October.\n",
        published="2026-11-05")
    found = {(e.event_type, e.event_mode, e.participant_key()) for e in extraction.events}
    assert ("RETREAT", "", roles(actor=["vietnam"], recipient=["australia"])) in found
    assert ("COERCE", "restrict", roles(actor=["russia"], recipient=["danish-refugee-council"])) in found
    # the agreement let lapse is with Spain: the ties cut are Spain's
    assert ("SANCTION", "discontinue", roles(actor=["senegal"], recipient=["spain"])) in found
    assert [(e.event_mode, e.participant_key()) for e in extraction.events if e.event_type == "CONSULT"] == [
        ("third-party", roles(actor=["qatar"], recipient=["ethiopia", "eritrea"]))]
    assert [e.summary for e in extraction.events if e.event_type == "CONSULT"] == ["Qatar met Ethiopia and Eritrea"]


def test_a_denial_answers_who_cast_the_denier_as_wrong(make_source):
    _, extraction = make_source(
        "Prosecutor Rosa Vidal charged Marta Quispe with fraud in 2024. Quispe described the charges as revenge. "
        "Vidal has denied that.\n",
        published="2026-11-05")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert ("REJECT", roles(actor=["rosa-vidal"], recipient=["marta-quispe"])) in found


def test_hosts_at_home_means_by_a_gerund_and_trade_partners_by_their_goods(make_source):
    _, extraction = make_source(
        "Qatari Energy Minister Saad Kaabi met Indian Oil Minister Ravi Menon in Doha on Sunday. Kenya and Uganda "
        "held talks between their ministers in Kisumu, Kenya, which began on Monday. Ghana banned Nigerian rice "
        "imports on March 3, and Nigeria responded a week later by suspending imports of Ghanaian cocoa.\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()): e for e in extraction.events}
    assert found["CONSULT", roles(actor=["ravi-menon"], recipient=["saad-kaabi"])].date.start.isoformat() == "2026-03-22"
    talks = found["CONSULT", roles(actor=["uganda"], recipient=["kenya"])]
    assert (talks.location, talks.date.start.isoformat()) == ("Kisumu, Kenya", "2026-03-23")
    assert found["SANCTION", roles(actor=["nigeria"], recipient=["ghana"])].date.start.isoformat() == "2026-03-10"


def test_emergencies_that_restrict_and_words_cast_on_what_was_just_said(make_source):
    _, extraction = make_source(
        "Peru declared a state of emergency in Lima on Monday. The WHO declared the outbreak a public health "
        "emergency on Tuesday. Peru's minister, Luis Vega, said Chile had closed the border. Chilean Foreign "
        "Minister Ana Soto called that \"a distortion of the facts\".\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert [e.event_type for e in extraction.events if e.event_type == "COERCE"] == ["COERCE"]
    assert ("REJECT", roles(actor=["ana-soto"], recipient=["luis-vega"])) in found


def test_participles_summits_not_attended_coups_and_release_from_prison(make_source):
    _, extraction = make_source(
        "Estonia on Monday ordered a Russian diplomat to leave within 48 hours, accusing Moscow of jamming GPS "
        "signals. Soldiers seized power in Bamako in 2021. Mali and Niger were not represented at the summit. "
        "Opposition leader Ali Musa walked out of Kilimo prison on Tuesday after a court granted bail to him. "
        "The United Nations said it had released $2 million from its emergency fund for Haiti.\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()): e for e in extraction.events}
    assert found["ACCUSE", roles(actor=["estonia"], recipient=["russia"])].date.start.isoformat() == "2026-03-23"
    assert not [e for e in extraction.events if e.event_type in ("COERCE", "CONSULT", "PROTEST")]
    assert ("AID", roles(actor=["united-nations"], recipient=["haiti"])) in found


def test_calls_between_sides_and_measures_named_again(make_source):
    _, extraction = make_source(
        "The deal was reached on March 3 during a phone call between the presidents of Chile and Peru. The "
        "African Union lifted sanctions on Mali on Monday. The bloc had imposed the sanctions in 2022.\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()): e for e in extraction.events}
    assert found["CONSULT", roles(actor=["chile", "peru"])].date.start.isoformat() == "2026-03-03"
    assert found["SANCTION", roles(actor=["african-union"], recipient=["mali"])].date.precision == "year"


def test_envoys_recalled_votes_dated_plans_accusations_and_invasions(make_source):
    _, extraction = make_source(
        "Algeria recalled its ambassador to Paris on Tuesday. Chile's Congress voted on Monday to suspend senator "
        "Rosa Vidal. The bank, which was to pay for the bridge, has not. Kenya accused Uganda on Friday of seizing "
        "boats and detaining their crews. Russia began its invasion of Ukraine in February 2022. Peru's attorney "
        "general's office dropped the case against student activist Nattaya Perez on Wednesday.\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()): e for e in extraction.events}
    assert ("SANCTION", roles(actor=["algeria"], recipient=["france"])) in found
    assert found["SANCTION", roles(actor=["chile"], recipient=["rosa-vidal"])].date.start.isoformat() == "2026-03-23"
    assert not [e for e in extraction.events if e.event_type in ("AID", "COERCE")]
    assert ("ASSAULT", roles(actor=["russia"], recipient=["ukraine"])) in found
    assert [e.event_type for e in extraction.events if "nattaya-perez" in e.ids("recipient")] == ["RETREAT"]


def test_joint_drills_and_a_party_named_with_its_noun(make_source):
    _, extraction = make_source(
        "Japan and Australia began joint naval drills on Monday. Georgia's ruling Georgian Dream party asked the "
        "Constitutional Court on Tuesday to ban three opposition parties.\n",
        published="2026-03-25")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert ("COOPERATE", roles(actor=["japan", "australia"])) in found
    assert ("REQUEST", roles(actor=["georgian-dream"], recipient=["constitutional-court"])) in found


def test_courts_suspending_demands_unaddressed_and_a_verb_taken_for_a_participle(make_source):
    _, extraction = make_source(
        "Kenya's High Court on Monday suspended the government's plan to sell the port. Justice Amal Saad demanded "
        "the immediate release of the documents. Sudan, the third country on the river, called for talks to "
        "resume.\n", published="2026-11-27")
    found = events_by(extraction)
    assert found["REJECT", roles(actor=["high-court"], recipient=["kenya"])].date.start.isoformat() == "2026-11-23"
    assert ("REQUEST", roles(actor=["amal-saad"])) in found
    assert ("REQUEST", roles(actor=["sudan"])) in found
    assert not [e for e in extraction.events if e.event_type == "SANCTION"]


def test_a_deal_dated_when_told_again_and_a_release_welcomed(make_source):
    _, extraction = make_source(
        "Egypt has agreed to buy 12 Chinese jets, two Western officials said on Tuesday. The deal was signed in "
        "October. Armenia released 12 prisoners on Monday. Washington lifted sanctions on Armenia on Tuesday. "
        "France welcomed their release. Prosecutors opened an investigation into a 2021 arms contract.\n",
        published="2026-11-27")
    found = events_by(extraction)
    assert found["AGREE", roles(actor=["egypt"], recipient=["china"])].date.precision == "month"
    assert ("SUPPORT", roles(actor=["france"], recipient=["armenia"])) in found
    assert all(e.date.precision == "unknown" for e in extraction.events if e.event_type == "ACCUSE")


def test_arrests_called_theatre_and_the_same_month(make_source):
    _, extraction = make_source(
        "Moldovan police said on Sunday they had detained four people suspected of paying voters. Ion Ceban's "
        "campaign called the arrests \"theatre\". Romania imposed sanctions on Russia in March. Poland did the same "
        "and expelled two Russian diplomats in the same month.\n", published="2026-11-22")
    found = events_by(extraction)
    assert ("COERCE", roles(actor=["moldova"])) in found
    assert ("ACCUSE", roles(actor=["ion-ceban"], recipient=["moldova"])) in found
    assert found["SANCTION", roles(actor=["poland"], recipient=["russia"])].date.start.isoformat() == "2026-03-01"


def test_aid_announced_measures_blocked_demands_rejected_and_an_inquiry_a_week_before(make_source):
    _, extraction = make_source(
        "The World Health Organization's director for Asia, Dr. Mei Lin, resigned on Thursday, a week after the World "
        "Health Organization opened an inquiry. She said she would cooperate with investigators. Japan announced $10 "
        "million in emergency aid. Hungary and Slovakia have blocked similar measures twice this year. Azerbaijan "
        "said Armenia must amend its constitution. Armenia has rejected that demand.\n", published="2026-11-06")
    found = events_by(extraction)
    assert found["ACCUSE", roles(actor=["world-health-organization"])].date.start.isoformat() == "2026-10-29"
    assert ("AGREE", roles(actor=["japan"])) in found and ("AGREE", roles(actor=["mei-lin"])) not in found
    assert found["REJECT", roles(actor=["hungary", "slovakia"])].date.precision == "year"
    assert ("REJECT", roles(actor=["armenia"], recipient=["azerbaijan"])) in found
    # on its own: in a text of unrelated sentences, the state a sentence falls on is any of them
    _, extraction = make_source(
        "A journalist was sentenced to nine years in Azerbaijan. The Committee to Protect Journalists called the "
        "sentence \"an outrage\".\n", published="2026-11-06", name="sentence")
    assert ("ACCUSE", roles(actor=["committee-to-protect-journalists"], recipient=["azerbaijan"])) in events_by(extraction)


def test_envoys_summoned_talks_mediated_closures_ordered_police_raids_and_concern(make_source):
    _, extraction = make_source(
        "Philippine President Ramon Castillo summoned China's ambassador, Huang Wei, on Monday. Qatar is mediating "
        "talks between Mali's military government and an armed group. Japanese Prime Minister Kenji Watanabe "
        "expressed \"deep remorse\" on Monday during the first visit to Seoul by a Japanese leader in three years. "
        "Kyrgyzstan's justice ministry on Wednesday ordered the closure of Adilet Bashat. The European Union said it "
        "was \"deeply concerned\". Ecuadorian police raided the Mexican embassy in Quito.\n", published="2026-11-26")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["ramon-castillo"], recipient=["china", "huang-wei"])) in found
    assert found["CONSULT", roles(actor=["qatar"], recipient=["mali"])].event_mode == "third-party"
    assert ("CONCEDE", roles(actor=["kenji-watanabe"])) in found
    assert ("CONSULT", roles(actor=["kenji-watanabe"], recipient=["south-korea"])) in found
    assert found["COERCE", roles(actor=["kyrgyzstan"], recipient=["adilet-bashat"])].date.start.isoformat() == "2026-11-25"
    assert ("ACCUSE", roles(actor=["european-union"], recipient=["kyrgyzstan"])) in found
    assert ("COERCE", roles(actor=["ecuador"], recipient=["mexico"])) in found
    assert not [e for e in extraction.events if e.event_type == "ASSAULT"]


def test_arrests_placed_sentences_months_later_licences_roads_and_tear_gas(make_source):
    _, extraction = make_source(
        "Julien Morel was arrested in Moscow in June 2024 and sentenced to three years in prison four months later. "
        "Pavel Dubrov was detained in Paris last year. Serbia's media regulator on Wednesday revoked the broadcasting "
        "licence of N1. Israel closed the main road to the old city in 2000. Police in Arusha fired tear gas at "
        "opposition supporters. President Grace Mwakyusa thanked voters.\n", published="2026-11-27")
    found = events_by(extraction)
    assert found["COERCE", roles(actor=["russia"], recipient=["julien-morel"])].date.start.isoformat() == "2024-06-01"
    sentence = found["SANCTION", roles(actor=["russia"], recipient=["julien-morel"])].date
    assert (sentence.start.isoformat(), sentence.precision) == ("2024-10-01", "month")
    assert ("COERCE", roles(actor=["france"], recipient=["pavel-dubrov"])) in found
    assert ("SANCTION", roles(actor=["serbia"], recipient=["n1"])) in found
    assert found["SANCTION", roles(actor=["israel"])].date.precision == "year"
    assert [e.event_type for e in extraction.events if e.span.text.startswith("Police")] == ["COERCE"]
    assert not [e for e in extraction.events if e.event_type == "SUPPORT"]


def test_accused_of_what_the_model_hangs_on_the_accused_and_a_name_called_while_saying(make_source):
    _, extraction = make_source(
        "Iran delivered drones to Sudan's army. The Rapid Support Forces accused the army of bombing civilians with "
        "the drones. India's foreign ministry said on Thursday that it would not take part in the proceedings, "
        "calling the tribunal \"illegally constituted\".\n", published="2026-11-13")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["rapid-support-forces"], recipient=["sudan"])) in found
    assert not [e for e in extraction.events if e.event_type == "ASSAULT"]
    assert ("rapid-support-forces", "bombing civilians with the drones") in {(c.claimant_id, c.span.text) for c in extraction.claims}
    assert found["ACCUSE", roles(actor=["india"])].date.start.isoformat() == "2026-11-12"


def test_those_accused_with_an_order_and_a_word_of_assault(make_source):
    _, extraction = make_source(
        "Lithuania ordered three Russian diplomats to leave the country on Tuesday, accusing them of spying. Human "
        "Rights Watch called the expulsions \"an assault on diplomacy\".\n", published="2026-11-17")
    found = events_by(extraction)
    assert found["ACCUSE", roles(actor=["lithuania"], recipient=["russia"])].date.start.isoformat() == "2026-11-17"
    assert ("ACCUSE", roles(actor=["human-rights-watch"], recipient=["lithuania"])) in found


def test_a_request_joined_to_a_clause_about_a_thing_and_alarm_at_sentences(make_source):
    _, extraction = make_source(
        "China's foreign ministry spokeswoman, Lin Yue, said on Wednesday that Japan's new visa rules were "
        "\"discriminatory\" and urged Tokyo to reverse them. A court in Tbilisi on Thursday sentenced five protesters "
        "to four years in prison. The US State Department said it was \"alarmed\" by the sentences.\n",
        published="2026-11-20")
    found = events_by(extraction)
    assert found["REQUEST", roles(actor=["lin-yue"], recipient=["japan"])].date.start.isoformat() == "2026-11-18"
    assert ("ACCUSE", roles(actor=["state-department"], recipient=["georgia"])) in found


def test_pardons_welcomed_travel_to_a_state_and_a_charge_named_in_quotes(make_source):
    _, extraction = make_source(
        "Belarusian President Alexander Lukashenko pardoned 30 people convicted of \"extremism\" on Thursday, his "
        "press service said. The US embassy welcomed the pardons. Pope Leo last visited the Middle East in March, "
        "when he travelled to Iraq.\n", published="2026-11-20")
    found = events_by(extraction)
    assert found["CONSULT", roles(actor=["pope-leo"], recipient=["iraq"])].date.start.isoformat() == "2026-03-01"
    assert ("SUPPORT", roles(actor=["united-states"], recipient=["alexander-lukashenko"])) in found
    assert extraction.quotes == []
    assert ("alexander-lukashenko", "Belarusian President Alexander Lukashenko pardoned 30 people convicted of "
            "\"extremism\" on Thursday") in {(c.claimant_id, c.span.text) for c in extraction.claims}


def test_an_acts_own_date_finer_than_a_count_and_a_denial_of_what_was_said(make_source):
    _, extraction = make_source(
        "Canada reopened its embassy in Tehran on Thursday, 14 years after it cut diplomatic ties with Iran in "
        "September 2012. Germany's interior minister, Alexander Dobrindt, said on Thursday that Turkey had agreed to "
        "take back its citizens. Turkey's foreign ministry spokesman, Öncü Keçeli, denied that any such agreement "
        "existed.\n", published="2026-11-27")
    found = events_by(extraction)
    cut = found["SANCTION", roles(actor=["canada"], recipient=["iran"])].date
    assert (cut.start.isoformat(), cut.precision) == ("2012-09-01", "month")
    assert ("REJECT", roles(actor=["oncu-keceli"], recipient=["alexander-dobrindt"])) in found


def test_a_border_or_embassy_opened_or_closed_is_aimed_at_the_state_across(make_source):
    _, extraction = make_source(
        "Rwanda and Burundi reopened their main border crossing on Sunday. Burundi closed the border in January "
        "2024, accusing Rwanda of backing rebels. Canada reopened its embassy in Tehran on Thursday. Israel closed "
        "the main road to the old city in 2000.\n", published="2026-11-27")
    found = events_by(extraction)
    assert ("SANCTION", roles(actor=["burundi"], recipient=["rwanda"])) in found
    assert ("RETREAT", roles(actor=["canada"], recipient=["iran"])) in found
    assert ("SANCTION", roles(actor=["israel"])) in found  # a road of its own, though Rwanda was named before


def test_aid_offered_in_turn_bans_told_before_and_what_is_no_act(make_source):
    _, extraction = make_source(
        "Norway offered to send a team of geologists to Iceland. Denmark said it would send two rescue helicopters. "
        "Germany said on Thursday it would also contribute to Brazil's fund. The EU lifted a ban on Pakistan "
        "International Airlines on Thursday. Britain lifted its own ban in July. One of the airline's jets crashed "
        "in Karachi in 2020, killing 97 people. Chad, which hosts 1.3 million Sudanese refugees, appealed for help. "
        "The head of the UN refugee agency (UNHCR), Elena Marchetti, warned that the agency would have to cut food "
        "aid.\n", published="2026-11-20")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["denmark"], recipient=["iceland"])) in found
    assert ("AGREE", roles(actor=["germany"], recipient=["brazil"])) in found
    assert ("RETREAT", roles(actor=["united-kingdom"], recipient=["pakistan-international-airlines"])) in found
    assert not {key for key in found if key[0] in ("ASSAULT", "CONSULT") or "unhcr" in str(key)}
    assert all(len(e.participants) == len({(p.actor_id, p.role) for p in e.participants}) for e in extraction.events)


def test_acts_detailed_next_talks_mediated_and_aid_to_the_story_state(make_source):
    _, extraction = make_source(
        "Cyclone hits Mozambique\n\nA cyclone hit Mozambique on Friday. South Africa sent two military helicopters to "
        "help with rescues. Armenia and Azerbaijan exchanged 12 prisoners on Friday. Azerbaijan freed eight Armenian "
        "soldiers, and Armenia released four Azerbaijani servicemen. The two countries had agreed on the exchange at "
        "a meeting in Geneva on November 14. The European Union, which mediated the talks, welcomed the swap. EU "
        "foreign policy chief Kaja Kallas said the bloc would find \"another way\" to fund Ukraine.\n",
        published="2026-11-28")
    found = events_by(extraction)
    assert ("AID", roles(actor=["south-africa"], recipient=["mozambique"])) in found
    freed = found["RETREAT", roles(actor=["azerbaijan"], recipient=["armenia"])].date
    assert (freed.start.isoformat(), freed.precision) == ("2026-11-27", "day")
    talks = found["CONSULT", roles(actor=["european-union"], recipient=["armenia", "azerbaijan"])]
    assert (talks.event_mode, talks.date.start.isoformat()) == ("third-party", "2026-11-14")
    assert not [key for key in found if key[0] == "AID" and "ukraine" in str(key)]


def test_the_station_and_the_envoy_told_before(make_source):
    _, extraction = make_source(
        "Kenya's Communications Authority on Sunday suspended the licence of Citizen TV, accusing the station of "
        "airing hate speech. The UN envoy for Cyprus, María Ángela Holguín, met Nikos Christodoulides on Monday. "
        "Christodoulides welcomed the envoy's visit.\n", published="2026-11-24")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["communications-authority"], recipient=["citizen-tv"])) in found
    assert ("SUPPORT", roles(actor=["nikos-christodoulides"], recipient=["maria-angela-holguin"])) in found


def test_strikes_withdrawals_hosted_talks_and_an_earlier_agreement(make_source):
    _, extraction = make_source(
        "Bulgaria and Azerbaijan's SOCAR clash over gas price\n\n"
        "France's largest air traffic controllers' union, SNCTA, called a two-day strike for next week on Monday. "
        "The United States has begun withdrawing about 1,000 troops from Romania. Thailand and Cambodia agreed on "
        "Thursday to extend a ceasefire along their disputed border, Malaysia's foreign ministry said after hosting "
        "talks in Kuala Lumpur. The truce was first agreed on July 28. Bulgaria's energy minister, Zhecho Stankov, "
        "accused Azerbaijan's state energy company SOCAR on Thursday of overcharging. SOCAR rejected the claim. "
        "Pope Leo on Sunday called for an immediate ceasefire in Gaza.\n", published="2026-11-20")
    found = events_by(extraction)
    assert ("PROTEST", roles(actor=["sncta"], recipient=["france"])) in found
    assert ("RETREAT", roles(actor=["united-states"], recipient=["romania"])) in found
    assert found["CONSULT", roles(actor=["malaysia"], recipient=["cambodia", "thailand"])].event_mode == "third-party"
    assert sorted(e.date.start.isoformat() for e in extraction.events if e.event_type == "AGREE") == ["2026-07-28", "2026-11-19"]
    assert found["ACCUSE", roles(actor=["zhecho-stankov"], recipient=["socar"])].date.start.isoformat() == "2026-11-19"
    assert found["REQUEST", roles(actor=["pope-leo"])].date.start.isoformat() == "2026-11-15"


def test_sides_named_by_adjective_and_name_a_sentence_taken_for_an_adverb_and_concern_at_a_deed(make_source):
    _, extraction = make_source(
        "Iranian and US officials held two rounds of indirect talks in Muscat this month, three diplomats said. Oman "
        "mediated the talks, one of the diplomats said. Iran's foreign ministry spokesman, Esmaeil Baghaei, denied "
        "that any talks had taken place. A Tunisian court on Wednesday sentenced opposition leader Jawhar Ben Mbarek "
        "to 12 years in prison on charges of \"conspiracy against state security\", his lawyer said. Ben Mbarek "
        "called the trial \"a theatre of the absurd\". The European Union said it was \"deeply concerned\".\n",
        published="2026-11-19")
    found = events_by(extraction)
    assert ("CONSULT", roles(actor=["oman"], recipient=["iran", "united-states"])) in found
    assert ("REJECT", roles(actor=["esmaeil-baghaei"])) in found
    assert ("SANCTION", roles(actor=["tunisia"], recipient=["jawhar-ben-mbarek"])) in found
    assert ("ACCUSE", roles(actor=["european-union"], recipient=["tunisia"])) in found
    assert [q.span.text for q in extraction.quotes] == ["a theatre of the absurd", "deeply concerned"]


def test_ties_broken_off_dated_on_the_verb_a_passive_arrest_by_whoever_sentenced_and_two_ministers(make_source):
    _, extraction = make_source(
        "Ecuador and Mexico restored diplomatic relations on Wednesday, two years after Ecuadorian police stormed "
        "Mexico's embassy in Quito. Mexico broke off ties the same day as the raid, on April 5, 2024. The two foreign "
        "ministers agreed to restore them at a meeting in Panama City. A Vietnamese court on Tuesday sentenced "
        "blogger Nguyen Van Hoa to six years in prison for \"abusing democratic freedoms\". Amnesty International "
        "called the verdict \"a travesty\". Hoa was arrested in April.\n", published="2026-11-26")
    found = events_by(extraction)
    broke = found["SANCTION", roles(actor=["mexico"], recipient=["ecuador"])].date
    assert (broke.start.isoformat(), broke.precision) == ("2024-04-05", "day")
    assert ("AGREE", roles(actor=["ecuador", "mexico"])) in found
    assert ("ACCUSE", roles(actor=["amnesty-international"], recipient=["vietnam"])) in found
    assert found["COERCE", roles(actor=["vietnam"], recipient=["nguyen-van-hoa"])].date.start.isoformat() == "2026-04-01"
    assert [q.span.text for q in extraction.quotes] == ["a travesty"]


def test_a_king_by_his_title_and_hyphenated_name(make_source):
    _, extraction = make_source(
        "PARAMARIBO — King Willem-Alexander of the Netherlands apologised on Wednesday for his country's role in the "
        "slave trade.\n", published="2026-11-19")
    assert extraction.new_actors["king-willem-alexander"].name == "King Willem-Alexander"
    assert ("CONCEDE", roles(actor=["king-willem-alexander"])) in events_by(extraction)


def test_strikes_in_a_state_staff_withdrawn_from_a_capital_and_a_call_rejected(make_source):
    _, extraction = make_source(
        "Israeli jets struck targets in southern Lebanon overnight, Lebanon's state news agency said. The United "
        "Nations has withdrawn most of its international staff from Port-au-Prince. The IMF approved a $370 million "
        "disbursement to Ghana last week. Its director general, Amy Pope, urged the European Union to restart "
        "rescue missions. She said the figures were an undercount. Italy's interior ministry rejected the call. A magnitude 6.8 earthquake struck Van "
        "province in eastern Turkey.\n", published="2026-11-24")
    found = events_by(extraction)
    assert ("ASSAULT", roles(actor=["israel"], recipient=["lebanon"])) in found
    assert ("RETREAT", roles(actor=["united-nations"], recipient=["haiti"])) in found
    assert ("AID", roles(actor=["imf"], recipient=["ghana"])) in found
    assert ("REJECT", roles(actor=["italy"], recipient=["amy-pope"])) in found
    assert not [key for key in found if "turkey" in str(key)]


def test_a_deal_signed_with_two_ministers_dated_by_the_deal_before_and_a_case_taken_to_court(make_source):
    _, extraction = make_source(
        "Azerbaijan will begin supplying gas to Syria next month under a deal signed on Tuesday, Turkey's energy "
        "ministry said. Turkish Energy Minister Alparslan Bayraktar signed the agreement with his Azerbaijani "
        "counterpart Parviz Shahbazov and Syrian Energy Minister Mohammed al-Bashir in Ankara. The European "
        "Commission took Hungary to the EU's Court of Justice over the law in February 2024.\n", published="2026-11-24")
    found = events_by(extraction)
    signed = found["AGREE", roles(actor=["alparslan-bayraktar"], recipient=["mohammed-al-bashir", "parviz-shahbazov"])]
    assert signed.date.start.isoformat() == "2026-11-24"
    case = [key for key in found if key[0] == "ACCUSE"]
    assert case == [("ACCUSE", roles(actor=["european-commission"], recipient=["hungary"]))]
    assert found[case[0]].date.start.isoformat() == "2024-02-01"


def test_a_refusal_dated_by_what_was_refused_and_aid_sent_to_help(make_source):
    _, extraction = make_source(
        "Senegal declined to renew its fisheries agreement with the European Union in November 2024. Argentina had "
        "sent engineers to help Chilean crews clear the road last week. Greenpeace has accused the fishmeal "
        "factories along the coast of turning food into animal feed.\n", published="2026-11-27")
    found = events_by(extraction)
    refused = found["REJECT", roles(actor=["senegal"], recipient=["european-union"])].date
    assert (refused.start.isoformat(), refused.precision) == ("2024-11-01", "month")
    sent = found["AID", roles(actor=["argentina"], recipient=["chile"])].date
    assert (sent.start.isoformat(), sent.precision) == ("2026-11-16", "week")
    assert [(c.claimant_id, c.span.text) for c in extraction.claims] == [
        ("greenpeace", "turning food into animal feed")]


def test_a_swap_is_two_releases_mediated_talks_between_its_sides_and_a_strike_told_of_sites(make_source):
    _, extraction = make_source(
        "The United States on Thursday released two Venezuelan nationals convicted of drug trafficking in exchange "
        "for three Americans held in Caracas. Qatar mediated the talks over several months. Iran has not allowed "
        "inspectors into the Fordow and Natanz sites struck by Israel in June 2025.\n", published="2026-11-20")
    found = events_by(extraction)
    assert found["RETREAT", roles(actor=["venezuela"], recipient=["united-states"])].date.start.isoformat() == "2026-11-19"
    assert ("RETREAT", roles(actor=["united-states"], recipient=["venezuela"])) in found
    assert ("CONSULT", roles(actor=["qatar"], recipient=["united-states", "venezuela"])) in found
    assert ("ASSAULT", roles(actor=["israel"], recipient=["iran"])) in found
    assert "fordow-and-natanz" not in extraction.new_actors


def test_two_leaders_named_as_one_phrase_are_met_and_agree_together(make_source):
    _, extraction = make_source(
        "Kallas is meeting Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately. "
        "Chilean President José Antonio Kast discussed the pass with Argentine President Javier Milei by phone. "
        "Kallas said the two leaders had agreed to meet again in January. Vucic accused Pristina of driving Serbs "
        "out.\n", published="2026-11-24")
    found = events_by(extraction)
    assert ("CONSULT", roles(actor=["kallas"], recipient=["albin-kurti", "aleksandar-vucic"])) in found
    assert ("CONSULT", roles(actor=["jose-antonio-kast"], recipient=["javier-milei"])) in found
    assert ("AGREE", roles(actor=["albin-kurti", "aleksandar-vucic"])) in found
    assert ("ACCUSE", roles(actor=["aleksandar-vucic"], recipient=["kosovo"])) in found


def test_a_border_closed_as_it_and_a_shared_next_day(make_source):
    _, extraction = make_source(
        "Kenya and Tanzania reopened the Namanga border post on Tuesday, ending a standoff that began when Tanzanian "
        "authorities closed it on Oct. 30. Kenyan President William Ruto spoke to Tanzanian President Samia Suluhu "
        "Hassan by phone on Sunday, his office said. Trade ministers from the two countries met in Arusha the next "
        "day and agreed on a payment schedule.\n", published="2026-11-18")
    found = events_by(extraction)
    assert found["SANCTION", roles(actor=["tanzania"], recipient=["kenya"])].date.start.isoformat() == "2026-10-30"
    assert ("CONSULT", roles(actor=["william-ruto"], recipient=["samia-suluhu-hassan"])) in found
    assert found["CONSULT", roles(actor=["kenya", "tanzania"])].date.start.isoformat() == "2026-11-16"
    assert found["AGREE", roles(actor=["kenya", "tanzania"])].date.start.isoformat() == "2026-11-16"


def test_welcomed_the_next_day_counts_from_the_act_welcomed_and_a_storm_is_no_one(make_source):
    _, extraction = make_source(
        "Ethiopia and Eritrea reopened their main border crossing on Wednesday. The decision followed a meeting "
        "between their leaders in Asmara on August 12. The African Union welcomed the reopening the next day. "
        "Batbayar Dorj sold his horses in 2023, the winter the dzud killed a third of his goats.\n",
        published="2026-08-28")
    found = events_by(extraction)
    assert found["SUPPORT", roles(actor=["african-union"], recipient=["eritrea", "ethiopia"])].date.start.isoformat() \
        == "2026-08-27"
    assert not [key for key in found if key[0] == "ASSAULT"]


def test_agents_expelled_their_rejection_quoted_and_leaders_signing_the_pact_again(make_source):
    _, extraction = make_source(
        "Nicaragua on Monday ordered three agents of the US Drug Enforcement Administration to leave the country, "
        "accusing them of spying. The US embassy in Managua said it \"strongly rejects\" the accusations. Ecuador "
        "and Peru signed a border security agreement on Thursday. Ecuadorian President Daniel Noboa and Peruvian "
        "President José Jerí signed the pact in Tumbes. Turkish police detained 38 people on Tuesday, including "
        "district mayor Ahmet Kaya, in a corruption inquiry.\n", published="2026-11-20")
    found = events_by(extraction)
    assert ("SANCTION", roles(actor=["nicaragua"], recipient=["drug-enforcement-administration"])) in found
    assert ("ACCUSE", roles(actor=["nicaragua"], recipient=["drug-enforcement-administration"])) in found
    assert ("REJECT", roles(actor=["united-states"], recipient=["nicaragua"])) in found
    assert [key for key in found if key[0] == "AGREE"] == [("AGREE", roles(actor=["ecuador", "peru"]))]
    assert ("COERCE", roles(actor=["turkey"], recipient=["ahmet-kaya"])) in found


def test_a_promise_made_on_a_visit_is_to_those_visited_and_a_petition_signed_is_no_deal(make_source):
    _, extraction = make_source(
        "Denmark's prime minister, Mette Frederiksen, visited Nuuk in April and promised more money for roads. "
        "Aviaja Lund has signed a petition against the mine. The UN envoy urged members to fund the new Gang "
        "Suppression Force.\n", published="2026-11-21")
    found = events_by(extraction)
    assert ("CONSULT", roles(actor=["mette-frederiksen"], recipient=["greenland"])) in found
    assert ("AGREE", roles(actor=["mette-frederiksen"], recipient=["greenland"])) in found
    assert not [key for key in found if "aviaja-lund" in str(key)]
    asked = [key for key in found if key[0] == "REQUEST"]
    assert asked and not [key for key in asked if "recipient" in str(key)]


def test_aid_answers_the_request_a_treaty_ratified_is_with_its_other_side(make_source):
    _, extraction = make_source(
        "Ukrainian President Volodymyr Zelensky asked Nordic leaders on Monday for more air defence systems. Norway "
        "announced $500 million in military aid. Armenia and Azerbaijan ratified their peace treaty. Armenia's "
        "parliament ratified the treaty on Nov. 20.\n", published="2026-11-24")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["norway"], recipient=["ukraine"])) in found
    assert found["AGREE", roles(actor=["armenia"], recipient=["azerbaijan"])].date.start.isoformat() == "2026-11-20"


def test_riot_police_using_water_cannon_and_the_use_of_force_condemned(make_source):
    _, extraction = make_source(
        "Georgia protests: live\n\n20:30 Riot police used water cannon to push demonstrators off Rustaveli Avenue, the "
        "interior ministry said.\n\n22:45 The EU condemned the \"disproportionate use of force\". Kyrgyzstan's Supreme "
        "Court banned the group Kylym Shamy. The US State Department called the ban \"deeply troubling\".\n",
        published="2026-11-28")
    found = events_by(extraction)
    assert ("COERCE", roles(actor=["georgia"])) in found
    assert ("ACCUSE", roles(actor=["eu"], recipient=["georgia"])) in found
    assert ("ACCUSE", roles(actor=["state-department"], recipient=["supreme-court"])) in found
    assert "riot" not in extraction.new_actors


def test_a_month_later_counts_from_the_month_named_and_a_denial_answers_the_speaker(make_source):
    _, extraction = make_source(
        "Ethiopian Airlines resumed flights on Friday. The two governments agreed to restore ties at talks in "
        "December 2024. Somalia's president, Hassan Sheikh Mohamud, visited Addis Ababa a month later. Volker Türk "
        "said the killings may amount to war crimes. The RSF has denied targeting civilians.\n", published="2026-11-28")
    found = events_by(extraction)
    visit = found["CONSULT", roles(actor=["hassan-sheikh-mohamud"], recipient=["ethiopia"])].date
    assert (visit.start.isoformat(), visit.precision) == ("2025-01-01", "month")
    assert ("REJECT", roles(actor=["rsf"], recipient=["volker-turk"])) in found


def test_a_ban_extended_and_similar_bans_lifted_aim_at_the_same_state_and_targets_met_are_no_meeting(make_source):
    _, extraction = make_source(
        "Hungary extended its ban on imports of Ukrainian grain on Wednesday. Poland and Slovakia lifted similar "
        "bans in March. The IMF said the government had met its fiscal targets. Every morning Juana Mamani walks "
        "out onto the white crust of the salt flat.\n", published="2026-11-25")
    found = events_by(extraction)
    assert ("SANCTION", roles(actor=["hungary"], recipient=["ukraine"])) in found
    assert ("RETREAT", roles(actor=["poland", "slovakia"], recipient=["ukraine"])) in found
    assert not [key for key in found if key[0] in ("CONSULT", "PROTEST")]


def test_sources_declining_to_be_named_refuse_no_one_and_aid_answers_only_a_state(make_source):
    _, extraction = make_source(
        "Pakistan floods: live\n\n10:20 Prime Minister Shehbaz Sharif ordered the army to help evacuate stranded "
        "villagers.\n\n12:05 The United Arab Emirates sent a cargo plane of food.\n\nOPEC+ is likely to extend its cuts, four "
        "delegates said, declining to be identified.\n", published="2026-11-21")
    found = events_by(extraction)
    assert ("AID", roles(actor=["united-arab-emirates"], recipient=["pakistan"])) in found
    assert not [key for key in found if key[0] == "REJECT"]


def test_talks_hosted_by_a_participle_after_a_comma_are_mediated_and_a_one_sided_meeting_hosted_is_a_visit(make_source):
    _, extraction = make_source(
        "Delegations from Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Thursday, hosted by "
        "Saudi Arabia and the United States, Saudi Arabia's foreign ministry said. Kenya hosted an RSF meeting in "
        "March.\n", published="2026-11-27")
    found = events_by(extraction)
    talks = found["CONSULT", roles(actor=["saudi-arabia", "united-states"], recipient=["rapid-support-forces", "sudan"])]
    assert (talks.event_mode, talks.date.start.isoformat()) == ("third-party", "2026-11-26")
    meetings = [key for key in found if key[0] == "CONSULT" and "kenya" in str(key)]
    assert meetings == [("CONSULT", roles(actor=["rapid-support-forces"], recipient=["kenya"]))]


def test_neighbours_who_fought_wars_in_two_years_fought_two_wars(make_source):
    _, extraction = make_source(
        "Armenia and Azerbaijan have completed the demarcation of a stretch of their border, Armenia said on "
        "Thursday. The neighbours fought wars over Nagorno-Karabakh in 2020 and 2023.\n", published="2026-11-27")
    wars = sorted(e.date.start.isoformat() for e in extraction.events if e.event_type == "ASSAULT"
                  and e.participant_key() == roles(actor=["armenia", "azerbaijan"]) and e.date.precision == "year")
    assert wars == ["2020-01-01", "2023-01-01"]


def test_a_speech_named_by_its_occasion_is_no_actor_and_an_ambassador_recalled_from_a_capital_leaves_its_state(make_source):
    _, extraction = make_source(
        "Kenyan President William Ruto used his annual State of the Nation address on Tuesday to reject "
        "accusations that Kenya was arming the Rapid Support Forces. Sudan's army-led government recalled its "
        "ambassador from Nairobi in March.\n", published="2026-11-26")
    found = events_by(extraction)
    assert found["REJECT", roles(actor=["william-ruto"])].date.start.isoformat() == "2026-11-24"
    assert ("SANCTION", roles(actor=["sudan"], recipient=["kenya"])) in found
    assert not [m for m in extraction.mentions if "Nation" in m.span.text]


def test_words_cast_on_a_move_dismiss_it_and_findings_are_those_of_the_observers_owner(make_source):
    _, extraction = make_source(
        "The European Commission opened legal proceedings against Hungary on Wednesday. Hungarian government "
        "spokesman Gabor Takacs dismissed the move as \"another political attack from Brussels.\" European Union "
        "election observers said the vote was marred by intimidation. The ruling Frelimo party dismissed the "
        "observers' findings as \"foreign interference\".\n", published="2026-11-25")
    found = events_by(extraction)
    assert ("REJECT", roles(actor=["gabor-takacs"], recipient=["european-commission"])) in found
    assert ("REJECT", roles(actor=["frelimo"], recipient=["european-union"])) in found


def test_unowned_police_serve_the_state_of_the_body_that_reports_them(make_source):
    _, extraction = make_source(
        "BRUSSELS — The European Union is preparing sanctions on Georgian officials. Police detained more than 300 "
        "protesters last week, the Georgian Interior Ministry said.\n", published="2026-11-26")
    assert [e.participant_key() for e in extraction.events if e.event_type == "COERCE"] == [roles(actor=["georgia"])]


def test_aid_with_no_recipient_goes_to_the_state_the_story_is_about_not_to_another_giver(make_source):
    _, extraction = make_source(
        "Typhoon Lanna in the Philippines: live\n\n11:30 Japan is sending a disaster relief team, its embassy in "
        "Manila said.\n\n14:00 The European Union released €2 million in emergency aid.\n", published="2026-11-28")
    assert ("AID", roles(actor=["european-union"], recipient=["philippines"])) in events_by(extraction)


def test_readiness_to_impose_sanctions_threatens_and_a_crossing_closed_faces_the_state_the_story_is_about(make_source):
    _, threat = make_source(
        "U.S. special envoy Daniel Brooks said on Wednesday that Washington would not hesitate to impose sanctions "
        "on commanders who block aid.\n", published="2026-11-27")
    assert events_by(threat)["THREATEN", roles(actor=["united-states"])].date.start.isoformat() == "2026-11-25"
    _, closure = make_source(
        "Rwanda confirmed nine new cases of Marburg virus. Health Minister Claude Mugabo said Uganda had closed two "
        "border crossings.\n", published="2026-11-27", name="closure")
    assert ("SANCTION", roles(actor=["uganda"], recipient=["rwanda"])) in events_by(closure)


def test_aid_promised_with_no_recipient_goes_to_the_state_the_story_is_about_not_to_another_donor(make_source):
    _, extraction = make_source(
        "Tonga volcano eruption: live\n\n09:40 New Zealand is sending a navy ship with water and medical supplies.\n\n"
        "11:05 Australia said it would send a surveillance aircraft to assess damage to the outer islands.\n\n"
        "15:50 China offered $1 million in emergency aid.\n", published="2026-11-27")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["australia"], recipient=["tonga"])) in found
    assert ("AGREE", roles(actor=["china"], recipient=["tonga"])) in found


def test_a_ministers_ministry_is_her_state_a_visit_due_is_no_visit_and_the_same_meeting_is_none_held(make_source):
    _, extraction = make_source(
        "Angola's agriculture minister, Isabel Cassoma, said her ministry had asked the fund for support in March. "
        "IFAD's president, Alvaro Lario, is due to visit Luanda in January. Australia and New Zealand pledged "
        "A$200 million for a policing initiative at the same meeting.\n", published="2026-11-25")
    found = events_by(extraction)
    assert [key[1] for key in found if key[0] == "REQUEST"][0][0] == ("angola", "actor")
    assert [key for key in found if key[0] == "CONSULT"] == []


def test_a_power_grab_is_blame_and_a_name_in_a_compound_adjective_is_mentioned(make_source):
    _, extraction = make_source(
        "The opposition United Democratic Party on Thursday urged voters to reject a draft constitution, calling it "
        "a \"power grab dressed up as reform.\" Rwanda said a U.S.-brokered peace deal had stalled.\n",
        published="2026-11-27")
    assert ("ACCUSE", roles(actor=["united-democratic-party"])) in events_by(extraction)
    assert ("U.S.", "united-states") in {(m.span.text, m.actor_id) for m in extraction.mentions}


def test_tolls_charged_accuse_no_one_a_visit_joined_to_talks_is_held_where_it_goes_and_a_demand_follows_an_accusation(make_source):
    _, extraction = make_source(
        "Paraguay and Argentina have argued for years over tolls that Argentina charges on the Parana waterway. "
        "The deal follows talks in Addis Ababa earlier this month and a visit to Djibouti by Ethiopia's prime "
        "minister last week. Honduras accused El Salvador on Thursday of illegally detaining 11 Honduran fishermen, "
        "and demanded their release. \"They were taken at gunpoint,\" Foreign Minister Carlos Reyes said. El "
        "Salvador's defence minister, Mario Castaneda, rejected the account. Ethiopia "
        "and Eritrea signed a peace agreement in 2018 that was meant to reopen the port of Assab.\n",
        published="2026-11-29")
    found = events_by(extraction)
    assert not [key for key in found if key[0] in ("ACCUSE", "RETREAT") and "argentina" in str(key)]
    visit = found["CONSULT", roles(actor=["ethiopia"], recipient=["djibouti"])]
    assert (visit.date.start.isoformat(), visit.date.precision) == ("2026-11-16", "week")
    assert ("REQUEST", roles(actor=["honduras"], recipient=["el-salvador"])) in found
    assert ("REJECT", roles(actor=["mario-castaneda"], recipient=["carlos-reyes"])) in found
    assert not [key for key in found if key[0] == "RETREAT"]
    assert not [c for c in extraction.claims if c.span.text.startswith("Argentina charges")]


def test_mediators_sent_meet_sovereignty_transferred_is_returned_and_food_flown_in_is_aid(make_source):
    _, extraction = make_source(
        "Britain formally transferred sovereignty over the Chagos Islands to Mauritius on Monday, after the two "
        "countries' parliaments ratified a treaty signed in May 2025. The Southern African Development Community "
        "(SADC) sent a team of mediators to Lesotho on Thursday. The World Food Programme said it was flying 40 "
        "tonnes of high-energy biscuits to Madagascar.\n", published="2026-11-28")
    found = events_by(extraction)
    assert found["RETREAT", roles(actor=["united-kingdom"], recipient=["mauritius"])].date.start.isoformat() == "2026-11-23"
    assert found["AGREE", roles(actor=["mauritius", "united-kingdom"])].date.precision == "month"
    assert found["CONSULT", roles(actor=["southern-african-development-community"], recipient=["lesotho"])].event_mode \
        == "third-party"
    assert ("AID", roles(actor=["world-food-programme"], recipient=["madagascar"])) in found


def test_a_court_stopping_a_scheme_refuses_its_state_and_a_case_brought_accuses(make_source):
    _, extraction = make_source(
        "Cabo Verde's Constitutional Court on Thursday suspended a programme that grants residence to foreigners. The "
        "opposition PAICV party, which brought the case, said the scheme had become a shortcut. The government "
        "defended the scheme as \"legal and transparent.\" UNICEF said it had delivered water purification tablets. "
        "Brunei's defence ministry declined to comment.\n", published="2026-11-27")
    found = events_by(extraction)
    assert ("REJECT", roles(actor=["constitutional-court"], recipient=["cabo-verde"])) in found
    assert ("ACCUSE", roles(actor=["paicv"])) in found
    assert ("REJECT", roles(actor=["brunei"])) in found and extraction.new_actors["brunei"].kind == "state"
    assert [e.participant_key() for e in extraction.events if e.event_type == "AID"] == [
        roles(actor=["unicef"], recipient=["cabo-verde"])]
    assert ("cabo-verde", 'the scheme as "legal and transparent."') in {(c.claimant_id, c.span.text) for c in extraction.claims}


def test_the_border_told_before_faces_its_other_side_and_aid_distributed_or_units_sent_is_material(make_source):
    _, extraction = make_source(
        "Estonia and Russia opened their border bridge at Narva in 1991. Estonia has closed the bridge to cars. "
        "Guyana offered two oil-recovery vessels to Trinidad. She said the FAO would distribute drought-tolerant "
        "seeds in Kiribati. Australia and New Zealand have sent desalination units to Kiribati.\n",
        published="2026-11-25")
    found = events_by(extraction)
    assert ("SANCTION", roles(actor=["estonia"], recipient=["russia"])) in found
    assert ("AGREE", roles(actor=["guyana"], recipient=["trinidad-and-tobago"])) in found
    assert ("AID", roles(actor=["australia", "new-zealand"], recipient=["kiribati"])) in found


def test_a_charge_denied_after_a_comma_is_asserted_and_an_offer_is_accepted_from_its_maker(make_source):
    _, extraction = make_source(
        "Qatar has offered to mediate between Rwanda and Burundi. Burundi has accepted in principle. Pakistan accuses "
        "Kabul of sheltering militants, a charge Kabul denies. Thailand accused Cambodia of laying landmines, which "
        "Phnom Penh denied. Chile and Peru reopened the border on Thursday. The countries' foreign ministers met in "
        "Lima on Nov. 12.\n", published="2026-11-27")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["burundi"], recipient=["qatar"])) in found
    assert ("ACCUSE", roles(actor=["pakistan"], recipient=["afghanistan"])) in found
    assert ("REJECT", roles(actor=["afghanistan"], recipient=["pakistan"])) in found
    assert ("REJECT", roles(actor=["cambodia"], recipient=["thailand"])) in found
    assert ("CONSULT", roles(actor=["chile"], recipient=["peru"])) in found
    assert ("pakistan", "sheltering militants") in {(c.claimant_id, c.span.text) for c in extraction.claims}
    assert "afghanistan" not in {c.claimant_id for c in extraction.claims}


def test_a_day_before_an_act_named_again_and_a_call_is_not_merged_into_a_visit(make_source):
    _, extraction = make_source(
        "Chile and Argentina signed a contract on Thursday. Chile's energy minister, Diego Pizarro, visited Buenos "
        "Aires earlier this month, and spoke by phone with Argentina's energy secretary, María Luz Ferreyra, last "
        "week. The day before the signing, Bolivia offered to sell gas to Chile. Talks between the three countries "
        "collapsed in 2023.\n", published="2026-11-27")
    dated = {(e.event_type, e.participant_key()): (e.date.start.isoformat(), e.date.end.isoformat())
             for e in extraction.events}
    assert dated["CONSULT", roles(actor=["diego-pizarro"], recipient=["argentina"])] == ("2026-11-01", "2026-11-27")
    assert dated["CONSULT", roles(actor=["diego-pizarro"], recipient=["maria-luz-ferreyra"])] == ("2026-11-16", "2026-11-22")
    assert dated["AGREE", roles(actor=["bolivia"], recipient=["chile"])] == ("2026-11-25", "2026-11-25")
    assert not [e for e in extraction.events if e.event_type == "CONSULT" and e.date.start.year == 2023]


def test_a_complaint_rejected_answers_who_lodged_it_and_talks_with_an_office_meet_its_holder(make_source):
    _, extraction = make_source(
        "Greece lodged a protest with North Macedonia on Thursday over new textbooks. \"These books are wrong,\" "
        "spokeswoman Eleni Markou said. North Macedonia's education minister, Arben Selimi, rejected the complaint. "
        "Saudi officials have discussed the move with the office of Lebanese Prime Minister Nawaf Salam.\n",
        published="2026-11-27")
    found = events_by(extraction)
    assert ("REJECT", roles(actor=["arben-selimi"], recipient=["greece"])) in found
    assert ("CONSULT", roles(actor=["saudi-arabia"], recipient=["nawaf-salam"])) in found


def test_a_verb_the_model_took_for_an_adjective_of_a_titled_name_is_read_as_the_act(make_source):
    _, extraction = make_source(
        "A Turkish court on Thursday jailed Kartal mayor Selim Aydoğan pending trial. A court in Baku sentenced "
        "journalist Farid Mammadli to nine years in prison on Tuesday. The jailed mayor Ali Demir was freed.\n",
        published="2026-11-28")
    dated = {(e.event_type, e.participant_key()): e.date.start.isoformat() for e in extraction.events if e.date.start}
    assert dated[("COERCE", roles(actor=["turkey"], recipient=["selim-aydogan"]))] == "2026-11-26"
    assert dated[("SANCTION", roles(actor=["azerbaijan"], recipient=["farid-mammadli"]))] == "2026-11-24"


def test_boats_returned_the_day_before_an_act_told_and_a_plan_called_a_threat_and_crossings_closed(make_source):
    _, patrols = make_source(
        "Peruvian and Bolivian navy boats began joint patrols on Lake Titicaca on Wednesday. The day before the "
        "patrols began, Bolivia's navy returned two Peruvian fishing boats.\n", published="2026-11-27")
    returned = events_by(patrols)["RETREAT", roles(actor=["bolivia"], recipient=["peru"])]
    assert returned.date.start.isoformat() == returned.date.end.isoformat() == "2026-11-24"
    _, base = make_source(
        "CAIRO — Egypt on Tuesday called Ethiopia's plan to lease a naval base on the Red Sea coast of Somaliland "
        "\"a threat to regional security,\" reviving a dispute that has simmered since 2024.\n", published="2026-11-25", name="base")
    assert ("ACCUSE", roles(actor=["egypt"], recipient=["ethiopia"])) in events_by(base)
    _, crossings = make_source(
        "Panama's government has asked Colombia to do more against smugglers. It closed three informal crossings "
        "in August.\n", published="2026-11-27", name="crossings")
    assert ("SANCTION", roles(actor=["panama"], recipient=["colombia"])) in events_by(crossings)


def test_a_swap_mediated_a_loan_from_a_states_bank_flights_resumed_and_ties_restored(make_source):
    _, swap = make_source(
        "KYIV — Russia and Ukraine exchanged 150 prisoners of war each on Friday, the second swap this month, after "
        "mediation by the United Arab Emirates.\n", published="2026-11-28")
    assert ("CONSULT", roles(actor=["united-arab-emirates"], recipient=["russia", "ukraine"])) in events_by(swap)
    _, loan = make_source(
        "Laos and Vietnam signed a financing agreement on Wednesday for a railway. South Korea's Export-Import Bank "
        "will lend $1.2 billion for the project, the ministry said.\n", published="2026-11-26", name="loan")
    assert ("AGREE", roles(actor=["export-import-bank"], recipient=["laos"])) in events_by(loan)
    _, flights = make_source(
        "Kenya and Somalia resumed direct passenger flights between Nairobi and Mogadishu on Monday. Somalia cut "
        "diplomatic ties with Kenya in December 2020 and restored them in May 2021. Nicaragua's congress on Tuesday "
        "stripped 94 exiled government critics of their citizenship.\n", published="2026-11-25", name="flights")
    found = events_by(flights)
    assert ("COOPERATE", roles(actor=["kenya", "somalia"])) in found
    assert found["COOPERATE", roles(actor=["somalia"], recipient=["kenya"])].date.start.isoformat() == "2021-05-01"
    assert ("COERCE", roles(actor=["nicaragua"])) in found


def test_a_release_asked_for_is_asked_of_the_captor_and_a_spokesman_denies_for_his_state(make_source):
    _, detained = make_source(
        "CAIRO — Egyptian security forces detained the cartoonist Karim Abdelaziz at his home in Giza on Sunday, his "
        "lawyer said. Amnesty International called for his immediate release.\n", published="2026-11-24")
    found = events_by(detained)
    assert ("REQUEST", roles(actor=["amnesty-international"], recipient=["egypt"])) in found
    assert detained.new_actors["amnesty-international"].kind == "organization" and "giza" not in detained.new_actors
    _, patrol = make_source(
        "BELMOPAN — Belize accused Guatemala on Wednesday of sending armed navy boats to stop a Belizean patrol. Guatemala's "
        "defence ministry spokesman, Colonel Rubén Morales, denied that its sailors had threatened anyone.\n",
        published="2026-11-26", name="patrol")
    assert ("REJECT", roles(actor=["ruben-morales"], recipient=["belize"])) in events_by(patrol)


def test_a_deal_to_buy_from_a_seller_shells_sent_and_curbs_lifted(make_source):
    _, extraction = make_source(
        "Croatia accused Serbia on Tuesday of starting an arms race after Belgrade signed a deal to buy 12 more Rafale "
        "fighter jets from France. The Czech Republic has sent more than 1.5 million artillery shells to Ukraine "
        "since 2024. Japan lifted export curbs on three chemicals used by South Korean chipmakers in 2023.\n",
        published="2026-11-26")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["serbia"], recipient=["france"])) in found
    assert ("AID", roles(actor=["czech-republic"], recipient=["ukraine"])) in found
    assert ("RETREAT", roles(actor=["japan"], recipient=["south-korea"])) in found


def test_every_word_in_the_extraction_data_is_read_as_a_word():
    # YAML 1.1 reads a bare "on", "off", "yes" or "no" as a boolean: a preposition listed so would never match
    from newsledger.extract import lexicon

    def words(node):  # keys and list items are words; a mapping's values may be flags ("inverse: true")
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from words(value) if isinstance(value, (dict, list)) else ()
        elif isinstance(node, list):
            for value in node:
                yield from words(value) if isinstance(value, (dict, list)) else (value,)

    for name in ("events", "lexicon", "countries", "capitals", "demonyms", "seats"):
        assert [w for w in words(lexicon.load(name)) if not isinstance(w, str)] == [], name


def test_talks_on_reopening_a_corridor_reopen_nothing_and_a_corridor_reopened_is_a_retreat(make_source):
    _, talks = make_source(
        "ISTANBUL, Nov 24 (Reuters) - Russian and Ukrainian negotiators met in Istanbul on Tuesday for talks on "
        "reopening a Black Sea shipping corridor, Turkey's foreign ministry said.\n", published="2026-11-25")
    assert "RETREAT" not in {e.event_type for e in talks.events}
    _, corridor = make_source(
        "India, the biggest buyer of Afghan saffron, reopened an air freight corridor from Kabul in 2024.\n",
        published="2026-11-28", name="corridor")
    assert ("RETREAT", roles(actor=["india"], recipient=["afghanistan"])) in events_by(corridor)


def test_a_charge_daffaires_summoned_and_technical_help_offered(make_source):
    _, summoned = make_source(
        "VILNIUS — Lithuania summoned China's chargé d'affaires on Friday after investigators said a Chinese-flagged "
        "cargo ship had dragged its anchor across an undersea data cable linking Lithuania and Sweden.\n",
        published="2026-11-28")
    assert ("ACCUSE", roles(actor=["lithuania"], recipient=["china"])) in events_by(summoned)
    _, offered = make_source(
        "Live: Oil spill off Tobago\n\n09:10 Guyana said it was sending an oil-response team to Trinidad and "
        "Tobago.\n\n11:40 Venezuela offered technical help with the clean-up.\n", published="2026-11-25", name="spill")
    assert ("AGREE", roles(actor=["venezuela"], recipient=["trinidad-and-tobago"])) in events_by(offered)


def test_a_mission_ordered_closed_is_a_sanction_and_people_told_to_leave_an_area_are_not_expelled(make_source):
    _, ordered = make_source(
        "VILNIUS — Lithuania ordered Belarus to close its consulate in Klaipeda on Monday. Belarus called the move "
        "hostile.\n", published="2026-11-24")
    assert ("SANCTION", roles(actor=["lithuania"], recipient=["belarus"])) in events_by(ordered)
    assert "REQUEST" not in {e.event_type for e in ordered.events}
    _, evacuated = make_source(
        "Indonesia's volcanology agency raised the alert on Monday. The agency told people within 5 km of the "
        "crater to leave.\n", published="2026-11-24", name="evacuated")
    assert "SANCTION" not in {e.event_type for e in evacuated.events}


def test_a_pledge_at_the_meeting_is_dated_by_the_meeting_told_before(make_source):
    _, extraction = make_source(
        "GENEVA — The UN refugee chief told a donors' conference in Geneva on Tuesday that funding had fallen by "
        "half.\n\nNorway pledged 50 million dollars at the conference.\n", published="2026-11-26")
    pledges = [e for e in extraction.events if e.event_type == "AGREE" and e.participants[0].actor_id == "norway"]
    assert [(e.date.start.isoformat(), e.date.precision) for e in pledges] == [("2026-11-24", "day")]


def test_a_rail_line_opened_by_two_states_is_cooperation_and_a_verdict_called_an_injustice_an_accusation(make_source):
    _, opened = make_source(
        "Uzbekistan and Kyrgyzstan opened a new railway line across their border on Monday.\n",
        published="2026-11-24")
    assert ("COOPERATE", roles(actor=["kyrgyzstan", "uzbekistan"])) in events_by(opened)
    _, verdict = make_source(
        "A court in Minsk jailed the journalist Ales Marin for six years on Friday. The UN rights office called the "
        "verdict \"a grave injustice\" and urged Belarus to free him.\n", published="2026-11-28", name="verdict")
    assert "ACCUSE" in {e.event_type for e in verdict.events}


def test_aid_announced_in_dollars_is_promised_and_a_verb_after_after_takes_its_subject(make_source):
    _, extraction = make_source(
        "Canada announced 15 million dollars in food aid for Haiti on Monday. Prices fell after Mali, the biggest "
        "buyer, stopped most imports of Senegalese salt in March.\n", published="2026-11-25")
    assert ("AGREE", roles(actor=["canada"], recipient=["haiti"])) in events_by(extraction)
    assert ("SANCTION", roles(actor=["mali"], recipient=["senegal"])) in events_by(extraction)


def test_talks_a_deal_was_struck_at_take_their_mediator_and_concern_at_nothing_named_is_at_the_storys_state(make_source):
    _, swap = make_source(
        "YEREVAN — Armenia and Azerbaijan exchanged 12 prisoners on Friday. The two sides agreed on the swap at talks "
        "in Abu Dhabi on Nov. 3, mediated by the United Arab Emirates.\n", published="2026-11-23")
    mediated = [e for e in swap.events if e.event_type == "CONSULT"]
    assert [(e.participant_key(), e.event_mode) for e in mediated] == [
        (roles(actor=["united-arab-emirates"], recipient=["armenia", "azerbaijan"]), "third-party")]
    _, concern = make_source(
        "ASTANA — Kazakhstan's parliament on Wednesday passed a law requiring groups funded from abroad to register "
        "as \"foreign representatives\". The US embassy in Astana said it was \"deeply concerned\".\n",
        published="2026-11-19", name="concern")
    assert ("ACCUSE", roles(actor=["united-states"], recipient=["kazakhstan"])) in events_by(concern)


def test_a_flagged_ship_is_its_states_and_acts_at_different_times_in_one_sentence_are_two(make_source):
    _, extraction = make_source(
        "Argentina's coast guard seized a Chinese-flagged fishing trawler on Sunday. Iran seized another tanker in "
        "the same waters last year, and detained a British-flagged vessel in 2019.\n", published="2026-11-10")
    seizures = sorted((e.participant_key(), e.date.start.year) for e in extraction.events if e.event_type == "COERCE")
    assert seizures == [(roles(actor=["argentina"], recipient=["china"]), 2026), (roles(actor=["iran"]), 2025),
                        (roles(actor=["iran"], recipient=["united-kingdom"]), 2019)]


def test_a_charge_rejected_answers_the_accuser_and_a_protest_note_goes_where_it_was_sent(make_source):
    _, extraction = make_source(
        "Peru and Ecuador spar over river\n\nLIMA — Peru accused Ecuador on Thursday of shifting the border by dredging a river.\n\nEcuador's foreign "
        "minister, Lorena Cevallos, rejected the charge in Quito. Peru's foreign minister said Peru had sent a "
        "protest note to Quito on Wednesday.\n", published="2026-11-06")
    assert ("REJECT", roles(actor=["lorena-cevallos"], recipient=["peru"])) in events_by(extraction)
    accusations = sorted((e.participant_key(), e.date.start.isoformat()) for e in extraction.events
                         if e.event_type == "ACCUSE")
    assert accusations == [(roles(actor=["peru"], recipient=["ecuador"]), day) for day in ("2026-11-04", "2026-11-05")]


def test_negotiators_from_both_countries_meet_and_what_sources_know_of_is_no_meeting(make_source):
    _, extraction = make_source(
        "Gulf power link near\n\nBAGHDAD — Saudi Arabia and Iraq are close to an agreement to link their grids, according to three people "
        "familiar with the talks, who asked not to be named because the negotiations are private.\n\nNegotiators "
        "from both countries met in Riyadh last week, the people said.\n\nSaudi Arabia and Iraq are preparing "
        "a final text, according to two officials involved in the talks, who spoke on condition of anonymity.\n",
        published="2026-11-09")
    meetings = [(e.participant_key(), e.date.precision) for e in extraction.events if e.event_type == "CONSULT"]
    assert meetings == [(roles(actor=["iraq"], recipient=["saudi-arabia"]), "week")]


def test_an_offer_to_act_with_no_one_named_is_made_to_the_state_the_story_is_about(make_source):
    _, extraction = make_source(
        "DHAKA — Bangladesh said on Monday it could no longer host a million refugees. Myanmar's military "
        "government offered last month to take back 700 verified refugees.\n", published="2026-11-10")
    assert ("AGREE", roles(actor=["myanmar"], recipient=["bangladesh"])) in events_by(extraction)


def test_artefacts_returned_a_high_commissioner_summoned_and_militarisation_blamed(make_source):
    _, extraction = make_source(
        "Headline\n\nLISBON — Portugal returned 42 colonial-era artefacts to Angola on Thursday. Kenya summoned "
        "Uganda's high commissioner on Wednesday. Lithuania's foreign ministry called the treaty \"another step in "
        "the militarisation of our neighbourhood\".\n", published="2026-10-09")
    found = events_by(extraction)
    assert ("RETREAT", roles(actor=["portugal"], recipient=["angola"])) in found
    assert ("ACCUSE", roles(actor=["kenya"], recipient=["uganda"])) in found
    assert "ACCUSE" in {e.event_type for e in extraction.events if e.ids("actor") == ["lithuania"]}


def test_talks_said_to_be_hosted_in_the_next_sentence_are_mediated_and_an_offer_of_a_thing_is_made_to_the_story(make_source):
    _, talks = make_source(
        "Talks on jailed Americans\n\nMEXICO CITY — The United States and Venezuela held talks in Mexico City last "
        "week, three people briefed on the talks said on Tuesday.\n\nThe talks were hosted by Mexico's foreign "
        "ministry, one of the people said.\n", published="2026-08-19")
    assert [(e.participant_key(), e.event_mode) for e in talks.events if e.event_type == "CONSULT"] == [
        (roles(actor=["mexico"], recipient=["united-states", "venezuela"]), "third-party")]
    _, offer = make_source(
        "Itaipu talks fail\n\nASUNCIÓN — Paraguay and Brazil held talks in Asunción on Thursday but failed to agree "
        "on a new price for power. Brazil's energy minister said Brazil had offered a 10% increase.\n",
        published="2026-08-21", name="offer")
    assert ("AGREE", roles(actor=["brazil"], recipient=["paraguay"])) in events_by(offer)


def test_machines_sent_are_aid_and_work_suspended_is_aimed_at_no_one(make_source):
    _, extraction = make_source(
        "Live: Floods\n\n09:00 Germany sent 200 sandbag-filling machines to Poland, the German interior ministry "
        "said.\n\n10:00 Médecins Sans Frontières (MSF) said on Wednesday it had suspended its work in Port-au-Prince.\n",
        published="2026-07-20")
    assert ("AID", roles(actor=["germany"], recipient=["poland"])) in events_by(extraction)
    assert "SANCTION" not in {e.event_type for e in extraction.events}


def test_dates_told_once_for_several_acts_or_after_the_act(make_source):
    _, seized = make_source(
        "Boats seized\n\nJAKARTA — Indonesia seized three Vietnamese fishing boats and detained 41 crew members off the "
        "Natuna Islands on Sunday, the fisheries ministry said on Monday.\n", published="2026-06-08", name="seized")
    assert [(e.event_type, e.date.start.isoformat()) for e in seized.events] == [("COERCE", "2026-06-07")]
    _, halted = make_source(
        "Exports halted\n\nBELGRADE — Serbia has quietly halted exports of artillery ammunition to Azerbaijan, two "
        "people familiar with the decision said. The halt was ordered last month, one of the people said.\n",
        published="2026-06-15", name="halted")
    assert [(e.event_type, e.date.start.isoformat(), e.date.precision) for e in halted.events] == [
        ("SANCTION", "2026-05-01", "month")]


def test_talks_mediated_and_thanked_for_and_a_day_counted_from_a_swap(make_source):
    _, extraction = make_source(
        "Swap\n\nYEREVAN — Armenia and Azerbaijan exchanged 12 prisoners on Thursday, Armenia's foreign ministry said. "
        "The swap was agreed at talks between the two countries' deputy foreign ministers in Geneva last week, "
        "mediated by Switzerland.\n\nThe day before the swap, Azerbaijan's president, Ilham Rzayev, thanked "
        "Switzerland for its mediation.\n", published="2026-06-19")
    found = {(e.event_type, e.participant_key(), e.date.start.isoformat()) for e in extraction.events
             if e.event_type != "RETREAT"}
    assert found == {
        ("CONSULT", roles(actor=["switzerland"], recipient=["armenia", "azerbaijan"]), "2026-06-08"),
        ("SUPPORT", roles(actor=["ilham-rzayev"], recipient=["switzerland"]), "2026-06-17")}


def test_a_programme_approved_for_a_state_is_aid(make_source):
    _, extraction = make_source(
        "Loan approved\n\nNAIROBI — The International Monetary Fund approved the $1.2 billion programme for Kenya on "
        "June 5.\n", published="2026-06-16")
    assert list(events_by(extraction)) == [("AID", roles(actor=["international-monetary-fund"], recipient=["kenya"]))]


def test_talks_in_the_dateline_town_are_hosted_by_its_state_and_failing_to_agree_is_no_deal(make_source):
    _, extraction = make_source(
        "Cod talks fail\n\nTROMSØ, Norway — Norway and Russia ended three days of talks in Tromsø on Thursday without "
        "agreeing on next year's cod quota, the Norwegian fisheries ministry said.\n", published="2026-07-10")
    assert list(events_by(extraction)) == [("CONSULT", roles(actor=["russia"], recipient=["norway"]))]


def test_a_complaint_against_a_body_and_mediation_by_a_third_party(make_source):
    _, complaint = make_source(
        "Steel\n\nGENEVA — India has filed a complaint at the World Trade Organization against European Union curbs "
        "on steel imports, the WTO said.\n", published="2026-07-02", name="complaint")
    assert ("ACCUSE", roles(actor=["india"], recipient=["european-union"])) in events_by(complaint)
    _, mediated = make_source(
        "Engineers freed\n\nNIAMEY — Niger released two Italian engineers on Sunday, Italy's foreign ministry said. The "
        "release followed mediation by Togo.\n", published="2026-07-14", name="mediated")
    assert ("CONSULT", roles(actor=["togo"], recipient=["niger", "italy"])) in events_by(mediated)


def test_fire_exchanged_a_ban_called_political_an_it_asked_to_act_and_a_summit_an_agreement_was_reached_at(make_source):
    _, fire = make_source(
        "Shooting\n\nBISHKEK — Kyrgyz and Tajik border guards exchanged fire on Monday near the village of Kok-Tash.\n",
        published="2026-08-11", name="fire")
    assert list(events_by(fire)) == [("ASSAULT", roles(actor=["kyrgyzstan", "tajikistan"]))]
    _, ban = make_source(
        "Timber\n\nBEIJING — China suspended imports of timber from Lithuania on Tuesday. Lithuania's agriculture "
        "ministry said the shipments had passed every inspection and called the ban \"political\".\n",
        published="2026-08-12", name="ban")
    assert ("ACCUSE", roles(actor=["lithuania"], recipient=["china"])) in events_by(ban)
    _, asked = make_source(
        "Heat\n\nGENEVA — Pakistan's climate minister, Asif Qureshi, thanked the World Meteorological Organization "
        "and asked it to help extend the system.\n", published="2026-08-14", name="asked")
    assert ("REQUEST", roles(actor=["asif-qureshi"], recipient=["world-meteorological-organization"])) in events_by(asked)
    _, summit = make_source(
        "Water\n\nASTANA — The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan agreed on Wednesday to set up a "
        "joint commission. The agreement was reached at a summit in Astana.\n", published="2026-08-13", name="summit")
    meeting = events_by(summit)[("CONSULT", roles(actor=["kyrgyzstan", "uzbekistan"], recipient=["kazakhstan"]))]
    assert meeting.date.start.isoformat() == "2026-08-12"


def test_an_apology_to_a_state_talks_through_mediators_and_talks_a_host_is_named_for_after(make_source):
    _, apology = make_source(
        "Apology\n\nKINSHASA — Belgium's prime minister, Elise Van den Berg, on Tuesday apologised to the Democratic "
        "Republic of Congo for abuses committed during colonial rule.\n", published="2026-09-08", name="apology")
    assert list(events_by(apology)) == [
        ("CONCEDE", roles(actor=["elise-van-den-berg"], recipient=["democratic-republic-of-congo"]))]
    _, channel = make_source(
        "Channel\n\nDUBAI — Iran and the United States are holding indirect talks through Omani mediators on exchanging "
        "three American citizens for Iranians held in the US, four people briefed on the talks said.\n",
        published="2026-09-07", name="channel")
    assert list(events_by(channel)) == [("CONSULT", roles(actor=["oman"], recipient=["iran", "united-states"]))]
    _, hosted = make_source(
        "Shipping talks\n\nISTANBUL — Russian and Ukrainian officials met in Istanbul on Monday for the first talks on "
        "Black Sea shipping since last August, Turkey's defence ministry said.\n\nThe talks, hosted by Turkey, focused "
        "on guarantees for merchant ships.\n", published="2026-09-01", name="hosted")
    assert list(events_by(hosted)) == [("CONSULT", roles(actor=["turkey"], recipient=["russia", "ukraine"]))]


def test_a_meeting_in_a_seat_of_government_the_model_took_for_a_person_is_hosted_there(make_source):
    _, extraction = make_source(
        "Border\n\nNIAMEY — Niger and Benin reopened their shared border on Thursday. The two countries' foreign "
        "ministers agreed on the reopening at a meeting in Cotonou on September 3.\n", published="2026-10-02")
    assert ("CONSULT", roles(actor=["niger"], recipient=["benin"])) in events_by(extraction)


def test_a_date_told_before_the_day_after_dates_the_main_clause_and_joining_drills_is_cooperation(make_source):
    _, extraction = make_source(
        "Coast guards\n\nSEOUL — Japanese and South Korean defence officials held talks in Seoul on Tuesday, the "
        "day after Japan's navy joined a U.S.-led exercise off Guam.\n", published="2026-11-05")
    found = events_by(extraction)
    talks = found[("CONSULT", roles(actor=["japan"], recipient=["south-korea"]))]
    drills = found[("COOPERATE", roles(actor=["japan"]))]
    assert (talks.date.start.isoformat(), talks.date.precision) == ("2026-11-03", "day")
    assert (drills.date.start.isoformat(), drills.date.precision) == ("2026-11-02", "day")


def test_captors_with_no_name_free_someone_and_welcoming_what_was_called_a_decision(make_source):
    _, extraction = make_source(
        "Freed\n\nLAGOS — Gunmen released two Turkish engineers on Monday.\n\nBrazil on Tuesday lifted its ban on beef "
        "imports from Argentina. Argentina's farm minister, Luis Peralta, welcomed what he called a \"wise\" decision.\n",
        published="2026-11-05")
    found = events_by(extraction)
    assert ("RETREAT", roles(recipient=["turkey"])) in found
    assert ("SUPPORT", roles(actor=["luis-peralta"], recipient=["brazil"])) in found


def test_food_flown_in_is_aid(make_source):
    _, extraction = make_source(
        "Cyclone\n\nMAPUTO — The World Food Programme said on Monday it was flying in 40 tonnes of biscuits.\n",
        published="2026-11-05")
    assert ("AID", roles(actor=["world-food-programme"])) in events_by(extraction)


def test_a_trade_stopped_a_strike_begun_and_a_reports_accusation(make_source):
    _, extraction = make_source(
        "Power\n\nQUITO — Colombia stopped selling electricity to Ecuador on Tuesday, citing low water levels at its "
        "own dams.\n\nKenya's main doctors' union began a two-day strike on Monday over unpaid wages.\n\n"
        "Slovakia's prime minister, Marek Hudák, dismissed a report by Transparency International that accused his "
        "government of \"capturing\" the judiciary. Transparency International said it stood by every finding.\n",
        published="2026-11-11")
    found = events_by(extraction)
    stopped = found[("SANCTION", roles(actor=["colombia"], recipient=["ecuador"]))]
    assert (stopped.date.start.isoformat(), stopped.date.precision) == ("2026-11-10", "day")
    assert ("PROTEST", roles(actor=["kenya"])) in found
    assert ("ACCUSE", roles(actor=["transparency-international"], recipient=["slovakia"])) in found
    assert not [e for e in extraction.events if e.event_type == "SUPPORT"]


def test_they_after_two_actors_the_talks_hosted_after_a_meeting_and_a_plan_proposed_by_others(make_source):
    _, extraction = make_source(
        "Border\n\nYEREVAN — Armenia and Azerbaijan agreed on Sunday to pull their troops back from four villages, "
        "Armenia's foreign ministry said, the first such step since they signed a peace treaty in August.\n\nThe "
        "agreement was reached at a meeting of border commissions in the Georgian town of Sadakhlo. Georgia hosted "
        "the talks.\n\nSudan's army rejected a truce plan proposed by the United States.\n", published="2026-11-16")
    found = events_by(extraction)
    treaty = [e for e in extraction.events if e.event_type == "AGREE" and e.date.precision == "month"]
    assert [(e.participant_key(), e.date.start.isoformat()) for e in treaty] == [
        (roles(actor=["armenia", "azerbaijan"]), "2026-08-01")]
    assert ("CONSULT", roles(actor=["georgia"], recipient=["armenia", "azerbaijan"])) in found
    assert ("REJECT", roles(actor=["sudan"], recipient=["united-states"])) in found


def test_an_envoy_sent_back_a_call_to_a_counterpart_and_raised_duties(make_source):
    _, extraction = make_source(
        "Envoy\n\nALGIERS — Algeria's ambassador returned to Madrid on Saturday, two years after Algiers recalled him, "
        "the foreign ministry said.\n\nSpain's foreign minister had called his Algerian counterpart on Nov. 20.\n\n"
        "Mexico imposed tariffs on U.S. pork on Monday, a week after Washington raised duties on Mexican steel.\n",
        published="2026-11-29")
    found = events_by(extraction)
    dates = {key: (e.date.start.isoformat(), e.date.precision) for key, e in found.items()}
    assert dates[("RETREAT", roles(actor=["algeria"], recipient=["spain"]))] == ("2026-11-28", "day")
    assert [e.date.start.year for e in extraction.events if e.event_type == "SANCTION" and e.ids("actor") == ["algeria"]] \
        == [2024]
    assert dates[("CONSULT", roles(actor=["spain"], recipient=["algeria"]))] == ("2026-11-20", "day")
    assert dates[("SANCTION", roles(actor=["united-states"], recipient=["mexico"]))] == ("2026-11-16", "day")


def test_she_said_by_an_unnamed_commissioner_is_her_bodys_concern(make_source):
    _, extraction = make_source(
        "Bill\n\nANKARA — Turkey's parliament on Thursday passed a bill on foreign agents. The ruling party's leader, "
        "Abdullah Güler, defended it. The Council of Europe's human rights commissioner said she was \"deeply "
        "concerned\".\n", published="2026-11-27")
    assert ("ACCUSE", roles(actor=["council-of-europe"], recipient=["turkey"])) in events_by(extraction)


def test_calling_a_strike_irresponsible_criticises_its_strikers(make_source):
    _, extraction = make_source(
        "Port\n\nANTWERP — The ABVV union began a 48-hour strike at the port of Antwerp over pension reform.\n\n"
        "Belgium's prime minister, Jan Peeters, called the strike \"irresponsible\".\n", published="2026-10-08")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["jan-peeters"], recipient=["abvv"])) in found
    assert not [e for e in extraction.events if e.event_type == "PROTEST" and e.ids("actor") == ["jan-peeters"]]


def test_a_loan_taken_with_a_pronoun_welcomed_a_promised_response_and_the_day_after_a_meeting(make_source):
    _, extraction = make_source(
        "Dam\n\nDUSHANBE — Tajikistan finished the Rogun spillway in 2021 with a loan from the Asian Development Bank.\n\n"
        "The Islamic Development Bank approved a $300 million grant for Kyrgyzstan on Tuesday. Kyrgyzstan's economy "
        "minister, Daniyar Amangeldiev, welcomed it.\n\nPoland expelled a Belarusian diplomat on Monday. The ministry "
        "gave him two days to leave. It was the third expulsion this year. Belarus's foreign ministry promised a "
        "\"firm response\".\n\nKazakhstan and Uzbekistan signed a water deal on Friday. The signing came the day after "
        "the two countries' prime ministers met in Tashkent.\n\nThe price Uzbek farmers pay for diesel rose again.\n",
        published="2026-11-28")
    found = events_by(extraction)
    assert ("AID", roles(actor=["asian-development-bank"], recipient=["tajikistan"])) in found
    assert ("SUPPORT", roles(actor=["daniyar-amangeldiev"], recipient=["islamic-development-bank"])) in found
    assert ("THREATEN", roles(actor=["belarus"], recipient=["poland"])) in found
    met = [e for e in extraction.events if e.event_type == "CONSULT"]
    assert [(e.date.start.isoformat(), e.date.precision) for e in met] == [("2026-11-26", "day")]
    assert not [e for e in extraction.events if e.event_type == "AID" and e.ids("actor") == ["uzbekistan"]]


def test_money_announced_to_help_people_in_a_state_is_promised_to_the_state(make_source):
    _, extraction = make_source(
        "Cocoa\n\nACCRA — The European Union's trade commissioner, Henrik Dahl, announced 20 million euros on Thursday "
        "to help cocoa growers in Ghana map their farms.\n", published="2026-11-20")
    assert ("AGREE", roles(actor=["henrik-dahl"], recipient=["ghana"])) in events_by(extraction)


def test_their_ministers_meeting_in_a_capital_a_speech_date_hung_on_the_charge_and_troops_moved(make_source):
    _, extraction = make_source(
        "Crossing\n\nADDIS ABABA — Ethiopia and Eritrea reopened the Humera crossing on Saturday, two weeks after their "
        "foreign ministers met in Asmara, Ethiopia's government said.\n\nThe crossing had been closed since March, when "
        "Eritrean troops moved to the border. Ethiopia's prime minister had accused Asmara of \"preparing for war\" in a "
        "speech to parliament on Nov. 3. Eritrea said no troops had moved.\n", published="2026-11-23")
    found = events_by(extraction)
    dates = {key: (e.date.start.isoformat(), e.date.precision) for key, e in found.items()}
    assert dates[("CONSULT", roles(actor=["ethiopia"], recipient=["eritrea"]))] == ("2026-11-07", "day")
    assert dates[("ACCUSE", roles(actor=["ethiopia"], recipient=["eritrea"]))] == ("2026-11-03", "day")
    assert [(e.ids("actor"), e.date.start.isoformat()) for e in extraction.events if e.event_type == "MOBILIZE"] \
        == [(["eritrea"], "2026-03-01")]


def test_a_second_promise_is_dated_when_said_and_blame_cast_on_a_vote_falls_on_its_state(make_source):
    _, extraction = make_source(
        "Loan\n\nThe International Monetary Fund's managing director said on Tuesday that Egypt had met every target "
        "and that the fund would release the next $1 billion this month.\n", published="2026-11-25")
    promised = events_by(extraction)[("AGREE", roles(actor=["international-monetary-fund"], recipient=["egypt"]))]
    assert (promised.date.start.isoformat(), promised.date.precision) == ("2026-11-24", "day")
    _, extraction = make_source(
        "Vote\n\nLIBREVILLE — Polls opened across Gabon for a referendum on a new constitution. Opposition leader "
        "Alexandre Mba called the vote \"a coronation\".\n", published="2026-11-16", name="vote")
    assert ("ACCUSE", roles(actor=["alexandre-mba"], recipient=["gabon"])) in events_by(extraction)


def test_bans_extended_before_a_clause_the_model_hangs_them_on_money_from_a_donor_and_a_withdrawal_demanded(make_source):
    _, extraction = make_source(
        "Grain\n\nWARSAW — Poland and Hungary extended their bans on Ukrainian grain imports on Saturday, a day after the "
        "European Commission decided not to renew an EU-wide embargo, their governments said.\n\nPakistan's climate "
        "ministry installed flood sensors in 2023 with money from the Asian Development Bank.\n", published="2026-11-22")
    found = events_by(extraction)
    banned = found[("SANCTION", roles(actor=["poland", "hungary"], recipient=["ukraine"]))]
    assert (banned.date.start.isoformat(), banned.date.precision) == ("2026-11-21", "day")
    assert ("AID", roles(actor=["asian-development-bank"], recipient=["pakistan"])) in found
    _, extraction = make_source(
        "Goma\n\nDOHA — Delegations from Congo's government and the M23 rebel group met in Doha on Monday. Congo's "
        "foreign minister demanded a full withdrawal of M23 fighters from the city.\n", published="2026-11-24", name="goma")
    assert [e.participant_key() for e in extraction.events if e.event_type == "REQUEST"] == [
        roles(actor=["democratic-republic-of-congo"], recipient=["m23"])]


def test_a_visit_an_offer_was_made_during_is_a_visit_made_then_and_one_to_come_is_not(make_source):
    _, extraction = make_source(
        "Talks\n\nKazakhstan offered to host the talks during a visit to Moscow by its foreign minister in October, one "
        "of the people said. A deal could be signed during a visit to Beijing by Egypt's defence minister next month.\n",
        published="2026-11-16")
    met = [(e.participant_key(), e.date.start.isoformat()) for e in extraction.events if e.event_type == "CONSULT"]
    assert met == [(roles(actor=["kazakhstan"], recipient=["russia"]), "2026-10-01")]
    offered = [e for e in extraction.events if e.event_type == "AGREE"]
    assert [(e.ids("actor"), e.date.start.isoformat()) for e in offered] == [(["kazakhstan"], "2026-10-01")]


def test_a_named_crossing_negotiators_of_two_states_peacekeepers_called_for_and_a_ban_accusing_it(make_source):
    _, extraction = make_source(
        "Talks\n\nBRUSSELS — Serbian and Kosovar negotiators met in Brussels on Thursday, the envoy said.\n\nKosovo "
        "reopened the Jarinje crossing on Saturday. Serbia's president had called on Nov. 3 for NATO peacekeepers to "
        "take over the crossing. Japan scrambled fighter jets twice last week.\n", published="2026-11-20")
    found = events_by(extraction)
    assert ("CONSULT", roles(actor=["serbia", "kosovo"])) in found
    assert not [p for e in extraction.events for p in e.participants if p.actor_id == "jarinje"]
    assert ("REQUEST", roles(actor=["serbia"], recipient=["nato"])) in found
    scrambled = found[("MOBILIZE", roles(actor=["japan"]))]
    assert (scrambled.date.start.isoformat(), scrambled.date.precision) == ("2026-11-09", "week")
    _, extraction = make_source(
        "Ban\n\nISLAMABAD — Pakistan's government banned the Frontier Rights Movement (FRM) on Friday, accusing it of "
        "\"anti-state activities\", the interior ministry said.\n", published="2026-11-08", name="ban")
    assert ("ACCUSE", roles(actor=["pakistan"], recipient=["frontier-rights-movement"])) in events_by(extraction)


def test_a_mediator_of_a_swap_told_an_entry_before_meets_both_sides_and_a_state_of_exception_extended(make_source):
    _, extraction = make_source(
        "Live: Prisoners\n\n09:10 Russia and Ukraine exchanged 150 prisoners of war each, Ukraine's coordination "
        "headquarters said.\n\n09:45 The United Arab Emirates, which mediated the swap, said it was the 15th exchange "
        "it had brokered.\n", published="2026-11-12")
    assert ("CONSULT", roles(actor=["united-arab-emirates"], recipient=["russia", "ukraine"])) in events_by(extraction)
    _, extraction = make_source(
        "Decree\n\nSAN SALVADOR — El Salvador's legislature on Tuesday extended the state of exception that has "
        "suspended some civil liberties since March 2022.\n", published="2026-11-18", name="decree")
    assert ("COERCE", roles(actor=["el-salvador"])) in events_by(extraction)


def test_permits_cancelled_go_against_who_held_them_and_their_ministers_in_the_next_sentence(make_source):
    _, extraction = make_source(
        "Lithium\n\nMEXICO CITY — Mexico cancelled nine lithium concessions held by Chinese company Ganfeng Lithium on "
        "Monday, the economy ministry said.\n\nThe presidents of Peru and Ecuador met on Saturday and signed a deal to "
        "build a bridge. Their foreign ministers had agreed the route on Oct. 8.\n", published="2026-11-11")
    found = events_by(extraction)
    assert ("SANCTION", roles(actor=["mexico"], recipient=["ganfeng-lithium"])) in found
    assert [e.date.start.isoformat() for e in extraction.events
            if e.event_type == "AGREE" and e.ids("actor") == ["peru", "ecuador"]] == ["2026-11-07", "2026-10-08"]


def test_a_flight_to_a_capital_visits_its_state_and_soviet_troops_serve_no_state_of_the_story(make_source):
    _, extraction = make_source(
        "Treaty\n\nPORT MORESBY — Australian Prime Minister Anthony Albanese, who flew to Port Moresby for the "
        "ceremony, said the treaty with Papua New Guinea would last.\n\nThe islands, which Japan calls the Northern "
        "Territories, were seized by Soviet troops in 1945.\n", published="2026-11-17")
    assert ("CONSULT", roles(actor=["anthony-albanese"], recipient=["papua-new-guinea"])) in events_by(extraction)
    assert not [e for e in extraction.events if "japan" in e.ids("actor")]


def test_an_agreement_answers_the_request_before_it_and_shots_fired_on_a_patrol_hit_its_state(make_source):
    _, extraction = make_source(
        "Loans\n\nMALE — Last month the Maldives asked India to delay repayments. On Friday, New Delhi agreed to roll "
        "over a $50 million treasury bill, the finance ministry said.\n\nVenezuelan soldiers fired on a Guyanese army "
        "patrol on Sunday. Polish and Dutch F-35s shot down four drones, the first time NATO aircraft have fired on "
        "Russian assets.\n", published="2026-11-09")
    found = events_by(extraction)
    assert ("AGREE", roles(actor=["india"], recipient=["maldives"])) in found
    assert ("ASSAULT", roles(actor=["venezuela"], recipient=["guyana"])) in found
    assert not [e for e in extraction.events if "nato" in e.ids("actor")]


def test_a_council_of_an_organisation_and_its_resolution_act_for_the_organisation(make_source):
    _, extraction = make_source(
        "Jamming\n\nMONTREAL — The council of the International Civil Aviation Organization (ICAO) on Friday "
        "condemned the jamming of satellite signals over the Baltic Sea.\n\nThe resolution urged Russia to stop the "
        "interference \"immediately\".\n", published="2026-11-23")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["international-civil-aviation-organization"])) in found
    assert ("REQUEST", roles(actor=["international-civil-aviation-organization"], recipient=["russia"])) in found


def test_words_cast_on_a_plan_agreed_and_on_a_decision_called_on_a_day(make_source):
    _, extraction = make_source(
        "Plan\n\nVILNIUS — Poland and Lithuania agreed the plan at a meeting in Vilnius on Friday. Belarus's defence "
        "ministry called the plan \"provocative\".\n\nColombian President Gustavo Petro on Tuesday called "
        "Washington's decision \"an insult\" and suspended purchases of US military helicopters.\n",
        published="2026-11-23")
    found = events_by(extraction)
    assert ("ACCUSE", roles(actor=["belarus"], recipient=["poland", "lithuania"])) in found
    assert ("ACCUSE", roles(actor=["gustavo-petro"], recipient=["united-states"])) in found
    assert ("SANCTION", roles(actor=["gustavo-petro"], recipient=["united-states"])) in found
    assert not [e for e in extraction.events if e.event_type == "REQUEST"]
    _, extraction = make_source(
        "Broadcasters\n\nBAKU — Azerbaijan's foreign ministry on Monday called Voice of America and Radio Free Europe "
        "\"spy networks\" and ordered them to close their Baku offices.\n", published="2026-08-25", name="outlets")
    assert ("ACCUSE", roles(actor=["azerbaijan"], recipient=["voice-of-america", "radio-free-europe"])) in events_by(extraction)


def test_acting_along_with_others_and_a_call_made_with_an_opening(make_source):
    _, extraction = make_source(
        "Flights\n\nMANAMA — Bahrain cut ties with Qatar in 2017 along with Saudi Arabia, the United Arab Emirates and "
        "Egypt, accusing Doha of supporting terrorism, a charge Qatar denied.\n\nBrazilian President Luiz Inácio Lula "
        "da Silva opened a summit of Amazon countries on Tuesday with a call for rich nations to pay for the forest's "
        "protection.\n", published="2026-11-18")
    found = events_by(extraction)
    four = ["bahrain", "saudi-arabia", "united-arab-emirates", "egypt"]
    assert ("SANCTION", roles(actor=four, recipient=["qatar"])) in found
    assert ("ACCUSE", roles(actor=four, recipient=["qatar"])) in found
    assert ("REJECT", roles(actor=["qatar"], recipient=four)) in found
    assert found[("REQUEST", roles(actor=["luiz-inacio-lula-da-silva"]))].date.start.isoformat() == "2026-11-17"


def test_a_branch_speaks_and_acts_for_its_organisation_not_its_country(make_source):
    _, extraction = make_source(
        "Law\n\nBUDAPEST — Hungary's parliament on Tuesday passed a law on foreign funding.\n\nThe European "
        "Commission said it would examine the law. Transparency International's Hungarian branch, one of the groups "
        "likely to be investigated, called it \"a tool to intimidate\".\n", published="2026-11-25")
    assert ("ACCUSE", roles(actor=["transparency-international"], recipient=["hungary"])) in events_by(extraction)
    assert [q.speaker_id for q in extraction.quotes] == ["transparency-international"]


def test_a_plan_approved_is_agreed_unless_it_is_money_to_spend(make_source):
    _, extraction = make_source(
        "Hubs\n\nBRUSSELS — European Union interior ministers on Monday approved a plan to send rejected asylum "
        "seekers to centres outside the bloc. Amnesty International called the plan \"outsourcing cruelty\".\n\n"
        "Vietnam's government approved a $1.5 billion plan in 2024 to build sea dikes along the delta.\n",
        published="2026-11-10")
    found = events_by(extraction)
    assert found[("AGREE", roles(actor=["european-union"]))].date.start.isoformat() == "2026-11-09"
    assert ("ACCUSE", roles(actor=["amnesty-international"], recipient=["european-union"])) in found
    assert not [e for e in extraction.events if "vietnam" in e.ids("actor")]


def test_a_two_word_country_the_model_leaves_untagged_a_meeting_asked_for_and_a_strike_called_for_a_day(make_source):
    _, extraction = make_source(
        "Pact\n\nPRAIA — Cape Verde and Senegal signed a five-year fishing agreement on Thursday, Cape Verde's "
        "maritime ministry said.\n\nCaricom had asked for a meeting with US Secretary of State Marco Rubio.\n",
        published="2026-11-27")
    found = events_by(extraction)
    assert found[("AGREE", roles(actor=["cabo-verde", "senegal"]))].date.start.isoformat() == "2026-11-26"
    assert not [e for e in extraction.events if e.event_type == "CONSULT"]
    _, extraction = make_source(
        "Budget\n\nBUENOS AIRES — Argentina's government presented its budget on Tuesday. The CGT union federation "
        "called a 24-hour general strike for Dec. 10 against the cuts.\n", published="2026-11-18", name="strike")
    strike = events_by(extraction)[("PROTEST", roles(actor=["cgt"], recipient=["argentina"]))]
    assert strike.date.precision == "unknown"
    assert not [c for c in extraction.claims if c.claimant_id == "cgt"]


def test_talks_ended_forces_sent_to_an_area_help_promised_and_standing_facts(make_source):
    _, extraction = make_source(
        "The International Olympic Committee ended all talks with Indonesia on Wednesday.\n"
        "Gabon's navy said it had sent two patrol boats to the area.\n"
        "Nigeria's navy said it would help Gabon search for the ship.\n"
        "Botswana supplies about 70% of De Beers' rough diamonds.\n"
        "Bahrain released 40 prisoners on Sunday. Critics said the releases meant little as long as Al-Wefaq "
        "remained banned.\n", published="2026-11-05")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert ("SANCTION", roles(actor=["international-olympic-committee"], recipient=["indonesia"])) in found
    assert not any(kind == "CONSULT" for kind, _ in found)  # talks ended are no meeting held
    assert ("MOBILIZE", roles(actor=["gabon"])) in found
    assert ("AGREE", roles(actor=["nigeria"], recipient=["gabon"])) in found
    assert not any(kind == "AID" for kind, _ in found)
    assert not any(kind == "COERCE" for kind, _ in found)


def test_declared_non_compliant_a_ruling_called_a_stake_sold_and_a_meeting_hosted(make_source):
    _, extraction = make_source(
        "The World Anti-Doping Agency declared Mexico's anti-doping agency non-compliant on Monday. CONADE said it "
        "would appeal and called the ruling \"disproportionate\".\n"
        "Norway's sovereign wealth fund said on Tuesday it had sold its entire stake in Caterpillar.\n"
        "Congress dismissed the interior minister, Marco Antonio Villeda, on Thursday.\n"
        "Slovenia blocked a vote by European Union ambassadors on Thursday, demanding stronger protection for its "
        "farmers.\n"
        "Austria's environment minister, Hannes Leitner, and his Slovak counterpart, Tomáš Kollár, clashed on Monday "
        "at a meeting in Bratislava.\n", published="2026-11-24")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert ("SANCTION", roles(actor=["world-anti-doping-agency"], recipient=["mexico"])) in found
    assert ("ACCUSE", roles(actor=["conade"], recipient=["world-anti-doping-agency"])) in found
    assert ("SANCTION", roles(actor=["norway"], recipient=["caterpillar"])) in found
    # a minister dismissed is refused nothing; a vote blocked is refused
    assert [key for kind, key in found if kind == "REJECT"] == [roles(actor=["slovenia"], recipient=["european-union"])]
    assert ("REQUEST", roles(actor=["slovenia"], recipient=["european-union"])) in found
    assert ("CONSULT", roles(actor=["hannes-leitner"], recipient=["tomas-kollar"])) in found


def test_a_visit_and_a_meeting_on_other_days_a_designation_and_a_year_tagged_a_number(make_source):
    _, extraction = make_source(
        "Pakistan's commerce minister, Jam Kamal Khan, flew into Dhaka on Wednesday and met Bangladesh's interim "
        "leader, Muhammad Yunus, the next day.\n"
        "Washington designated Nigeria a country of particular concern.\n"
        "In 2022 Paraguay's environment ministry fined 14 ranches.\n"
        "The agreement was reached during a visit to Buenos Aires by Admiral Alvin Holsey last month.\n",
        published="2026-11-16")
    found = {(e.event_type, e.participant_key(), e.date.start and e.date.start.isoformat()) for e in extraction.events}
    assert ("CONSULT", roles(actor=["jam-kamal-khan"], recipient=["bangladesh"]), "2026-11-11") in found
    assert ("CONSULT", roles(actor=["jam-kamal-khan"], recipient=["muhammad-yunus"]), "2026-11-12") in found
    assert ("SANCTION", roles(actor=["united-states"], recipient=["nigeria"]), None) in found
    assert ("SANCTION", roles(actor=["paraguay"]), "2022-01-01") in found
    assert ("CONSULT", roles(actor=["alvin-holsey"], recipient=["argentina"]), "2026-10-01") in found


def test_an_arrest_told_in_a_relative_clause_a_state_let_act_and_a_contract_cancelled(make_source):
    _, extraction = make_source(
        "Tundu Lissu, who was arrested in April, went on trial on Monday.\n"
        "Trinidad and Tobago has agreed to let the United States install a military radar on Tobago.\n"
        "Kenya cancelled a $736 million power line contract with India's Adani Group on Thursday.\n",
        published="2026-11-27")
    found = {(e.event_type, e.participant_key()) for e in extraction.events}
    assert ("COERCE", roles(recipient=["tundu-lissu"])) in found
    assert ("AGREE", roles(actor=["trinidad-and-tobago"], recipient=["united-states"])) in found
    assert ("SANCTION", roles(actor=["kenya"], recipient=["adani-group"])) in found
