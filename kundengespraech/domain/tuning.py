"""Every weight, curve and threshold of the recommender, in one table a car expert can read.

How a score comes about: each criterion that applies to the customer has a *weight* (how much
it counts; a priority the customer rated 3 of 5 weighs 3.0) and gives every vehicle a *value*
between 0 (poor) and 1 (excellent). The score is the weighted mean of the values in points
0–100, minus a penalty for facts the catalogue does not state. Hard needs (seats, child seats,
towing, budget, condition, excluded powertrains, must-haves) do not score: they exclude.

A curve written "from A to B" rates A as 0 and B as 1, linearly in between; values outside
are clamped to 0..1 by the scorer. Change a number here and the rankings change: raise
``RECOMMENDER_VERSION`` with it, since every sheet and record is stamped with it.
"""

from __future__ import annotations

from decimal import Decimal

RECOMMENDER_VERSION = "2.0"  # stamped on every sheet and record; raise it when a ranking changes

# --- from answers to needs (needs.py) -------------------------------------------------------

CHILD_SEAT_AGE = 12  # years: younger children ride in a child seat (needs an Isofix point)
# kg a trailer weighs when the customer names the hobby but not the weight (a typical value)
TYPICAL_TRAILER_KG = {"camping_caravan": 1500, "horse_riding": 2000, "boating": 1200}
DOG_TRUNK_L = {"large": 550, "medium": 450, "small": 300}  # litres of boot for the biggest dog
GOLF_TRUNK_L = 400  # litres of boot for a golf bag
INSTRUMENTS_TRUNK_L = 450  # litres of boot for music instruments
LONG_DISTANCE_KM = 25_000  # km a year from which a driver counts as a long-distance driver …
LONG_TRIPS = 12  # … or this many long trips a year
EV_DAILY_KM = 200  # km a day at most for "charging at home, an electric car suits you"
CITY_SHARE = 60  # % city driving from which a short, easy-to-park car counts

# The safety ↔ sportiness slider (0 = safety first, 100 = sportiness first) splits
# ``SLIDER_WEIGHT`` between safety and sportiness: at 20 safety weighs 3.2 and sport 0.8.
SLIDER_WEIGHT = 4.0
SLIDER_MIDDLE = 50  # the slider's neutral position (the questionnaire's default)
SAFETY_LEANING = 35  # a slider at or below this: "safety comes first for you"
SPORT_LEANING = 65  # a slider at or above this: "sportiness comes first for you"
# The slider's safety end includes the environment: the eco priority is multiplied by
# (ECO_SLIDER_LEAN − slider/100), i.e. ×1.5 at full safety, ×1.0 in the middle, ×0.5 at sport.
ECO_SLIDER_LEAN = 1.5
PRIORITY_MIDDLE = 3  # a priority of 0–5 the customer did not move (the questionnaire's default)
PRIORITY_IMPORTANT = 4  # a priority rated this high or higher "ist Ihnen besonders wichtig"
LONG_DISTANCE_ECONOMY_BONUS = 1.0  # long-distance drivers: running costs weigh this much more

# The weights of a profile made without answers: the slider and every priority in the middle.
DEFAULT_SAFETY_WEIGHT = SLIDER_WEIGHT * (1 - SLIDER_MIDDLE / 100)  # 2.0
DEFAULT_SPORT_WEIGHT = SLIDER_WEIGHT * SLIDER_MIDDLE / 100  # 2.0
DEFAULT_PRIORITY_WEIGHT = float(PRIORITY_MIDDLE)  # 3.0 (comfort, economy, eco)

# --- scoring (scoring.py) -------------------------------------------------------------------

UNKNOWN_VALUE = 0.5  # a fact the catalogue does not state counts as average …
UNKNOWN_PENALTY = 4  # … and costs this many score points per distinct unknown fact …
MAX_UNKNOWN_PENALTY = 20  # … at most this many points in all
UNKNOWN_FACT_WEIGHT = 1.0  # weight of a yes/no fact a need depends on, while it is unknown

# --- when a criterion becomes a reason or a caveat (criterion.py) --------------------------

STRONG = 0.75  # a value at least this good becomes a reason for
WEAK = 0.35  # a value at most this good becomes a caveat
MINOR_WEIGHT = 1.0  # criteria weighing less are not explained at all
NOTABLE_WEIGHT = 2.0  # from this weight on a reason may say "… ist Ihnen wichtig"
IMPORTANT = float(PRIORITY_IMPORTANT)  # comfort and environment: "wichtig" from a priority of 4
# Safety and sportiness are "wichtig" when the slider leans clearly to that side: the weight
# the slider gives at SAFETY_LEANING (safety) or SPORT_LEANING (sport), 4 × (1 − 0.35) = 2.6.
LEADING = SLIDER_WEIGHT * (1 - SAFETY_LEANING / 100)  # = SLIDER_WEIGHT × SPORT_LEANING / 100

# --- needs of the customer's situation (criteria_situation.py) ------------------------------

SEATS_FROM_PERSONS = 5  # from this many persons "room for N people" counts as a reason
# A need weighs as much as a priority rated 3 of 5 (seats, Isofix, boot, towing, long
# distances, charging at home).
NEED_WEIGHT = float(PRIORITY_MIDDLE)
# These weigh more because the customer said so explicitly (body type), lives with it daily
# (city) or needs it in winter (all-wheel drive).
BODY_WISH_WEIGHT = 5.0
CITY_WEIGHT = 4.0
AWD_WEIGHT = 3.0
AWD_WEIGHT_IF_UNKNOWN = 1.5
ROOF_RAILS_WEIGHT = 2.0
GEARBOX_WEIGHT = 2.0
NO_CHARGER_WEIGHT = 4.0  # no charger at home weighs on every plug-in vehicle, every day

# Boot smaller than wanted: (boot / wanted) ** TRUNK_SHORTFALL_EXPONENT, e.g. 90 % → 0.81.
TRUNK_SHORTFALL_EXPONENT = 2
# Towing: exactly the trailer's weight rates TOWING_AT_NEED, each 10 % more adds 0.1.
TOWING_AT_NEED = 0.7
TOWING_RESERVE = 0.05  # less spare towing capacity than this share is a caveat
# Long distances: combustion engines by powertrain; electric cars by range, from
# EV_RANGE_POOR_KM (0) to EV_RANGE_POOR_KM + EV_RANGE_SPAN_KM (1).
LONG_DISTANCE_BY_POWERTRAIN = {"diesel": 1.0, "hybrid": 0.85, "phev": 0.7, "petrol": 0.5}
EV_RANGE_POOR_KM = 250
EV_RANGE_SPAN_KM = 250
# Charging at home with moderate daily distances: how well each powertrain suits
EV_FIT_BY_POWERTRAIN = {"ev": 1.0, "phev": 0.8, "hybrid": 0.6}
EV_FIT_OTHERS = 0.4  # petrol and diesel
# No charging at home: how well a plug-in vehicle suits (only plug-ins weigh, see above)
NO_HOME_CHARGING = {"ev": 0.3, "phev": 0.4}
NO_HOME_CHARGING_OTHERS = 0.5
DAILY_RANGE_FACTOR = 2  # an electric car's range below this many daily distances is a caveat
# City driving: by length, from CITY_LONG_MM (0) down to CITY_LONG_MM − CITY_SPAN_MM (1)
CITY_LONG_MM = 4900
CITY_SPAN_MM = 800
OTHER_BODY = 0.2  # a body type the customer did not wish for (a wished one: 1.0)
WITHOUT_AWD = 0.3  # all-wheel drive is a plus (skiing, outdoors): a car without it rates this
WITHOUT_ROOF_RAILS = 0.4  # roof rails are a plus (bikes, surfboard, skis): without them

# --- the customer's priorities (criteria_priorities.py) -------------------------------------

# The safety weight is shared: crash test result and driver assistance systems
CRASH_TEST_SHARE = 0.6
ASSIST_SHARE = 0.4
NCAP_MAX_STARS = 5  # Euro NCAP stars: 5 of 5 rates 1.0
ASSIST_FULL_COUNT = 4  # this many driver assistance systems rate 1.0
# Sportiness: half power (from SPORT_POWER_FROM_KW up over SPORT_POWER_SPAN_KW), half
# acceleration 0–100 km/h (from SPORT_ACCEL_SLOW_S down over SPORT_ACCEL_SPAN_S), plus a
# bonus for coupés and cabrios. Unknown power counts as SPORT_POWER_IF_UNKNOWN; unknown
# acceleration as good as the power.
SPORT_POWER_FROM_KW = 60
SPORT_POWER_SPAN_KW = 200
SPORT_POWER_IF_UNKNOWN = 0.5
SPORT_ACCEL_SLOW_S = 12.5
SPORT_ACCEL_SPAN_S = 8
SPORT_POWER_SHARE = 0.5
SPORT_ACCEL_SHARE = 0.5
SPORT_BODY_BONUS = 0.2
SPORT_BODIES = ("coupe", "convertible")
# Comfort on long journeys, by body type
COMFORT_BY_BODY = {
    "city": 0.3, "compact": 0.55, "sedan": 0.9, "estate": 0.85, "suv": 0.85,
    "van": 0.75, "coupe": 0.5, "convertible": 0.5, "pickup": 0.4,
}  # fmt: skip
# The economy weight is shared: running costs and the price within the budget
ENERGY_SHARE = 0.7
PRICE_SHARE = 0.3
# Energy prices used to compare running costs (€ per litre / kWh), shown nowhere as promises.
PRICE_PER_LITRE = {"petrol": 1.75, "diesel": 1.65, "hybrid": 1.75, "phev": 1.75}
PRICE_PER_KWH_HOME = 0.32
PRICE_PER_KWH_PUBLIC = 0.55
# Running costs in € per 100 km, from ENERGY_COST_HIGH_EUR (0) down to ENERGY_COST_LOW_EUR (1)
ENERGY_COST_HIGH_EUR = 15
ENERGY_COST_LOW_EUR = 5
# Price within the budget: PRICE_AT_BUDGET at the budget, + PRICE_SLOPE × the share saved
# (a car at 80 % of the budget rates 0.3 + 1.5 × 0.2 = 0.6).
PRICE_SLOPE = 1.5
PRICE_AT_BUDGET = 0.3
# Environment: electric cars 1.0; others by CO₂ in g/km, from CO2_HIGH_G_KM (0) down to
# CO2_LOW_G_KM (1)
CO2_HIGH_G_KM = 190
CO2_LOW_G_KM = 50
PLUG_IN_UNCHARGED = 0.5  # the best a plug-in hybrid rates on costs and CO₂ without home charging
HIGH_MILEAGE_KM = 100_000  # a used car with more km on the clock gets a caveat

# --- when little fits (relax.py) and the honest alternative (alternatives.py) ---------------

FEW_FITTING = 3  # fewer fitting vehicles than this: offer relaxations
BUDGET_STEP = Decimal(500)  # suggested budgets are rounded up to this (€)
MAX_EXTRA_STEP = Decimal("0.15")  # a second budget step goes at most this much further
# Needs that protect people or the law are never offered for relaxing
NEVER_RELAXED = frozenset({"seats", "child_seats", "tow_bar", "towing", "must_have:isofix"})
ALTERNATIVE_MARGIN = 5  # score points a cheaper alternative may trail the best fit by
