package jp.advisor.policy;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

import jp.advisor.facts.CellLocation;

/** Finds a cell of an evaluation (as JSON) by its CONTRACT.md location, e.g. strategies/7-1/initiatives/7-1-1/withdrawal. */
final class Cells {

    private Cells() {
    }

    static JsonNode find(JsonNode evaluation, String location) {
        if (location.equals("ruleSet")) {
            return evaluation.get("ruleSet");
        }
        Optional<CellLocation> parsed = CellLocation.parse(location);
        if (parsed.isEmpty()) {
            return null;
        }
        CellLocation place = parsed.get();
        JsonNode strategy = withId(evaluation.get("strategies"), "id", place.strategyId());
        if (strategy == null) {
            return null;
        }
        if (place.outcomeIndex() != null) {
            for (JsonNode o : strategy.get("outcomes")) {
                if (o.get("index").asInt() == place.outcomeIndex()) {
                    return place.field() == null ? o.get("rating") : null;
                }
            }
            return null;
        }
        if (place.initiativeId() != null) {
            JsonNode initiative = withId(strategy.get("initiatives"), "id", place.initiativeId());
            return initiative == null || place.field() == null ? null : initiative.get(place.field());
        }
        return place.field() == null ? null : strategy.get(place.field());
    }

    private static JsonNode withId(JsonNode array, String key, String id) {
        for (JsonNode node : array) {
            if (node.get(key).asString().equals(id)) {
                return node;
            }
        }
        return null;
    }
}
