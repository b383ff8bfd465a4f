package jp.advisor.policy;

import tools.jackson.databind.JsonNode;

/** Finds a cell of an evaluation (as JSON) by its CONTRACT.md location, e.g. strategies/7-1/initiatives/7-1-1/withdrawal. */
final class Cells {

    private Cells() {
    }

    static JsonNode find(JsonNode evaluation, String location) {
        if (location.equals("ruleSet")) {
            return evaluation.get("ruleSet");
        }
        // Ids may contain '/': match the strategy id as the longest prefix that exists.
        String rest = location.substring("strategies/".length());
        JsonNode strategy = null;
        String tail = null;
        for (JsonNode s : evaluation.get("strategies")) {
            String id = s.get("id").asString();
            if ((rest.equals(id) || rest.startsWith(id + "/")) && (strategy == null || id.length() > strategy.get("id").asString().length())) {
                strategy = s;
                tail = rest.equals(id) ? "" : rest.substring(id.length() + 1);
            }
        }
        if (strategy == null) {
            return null;
        }
        if (tail.startsWith("outcomes/")) {
            int index = Integer.parseInt(tail.substring("outcomes/".length()));
            for (JsonNode o : strategy.get("outcomes")) {
                if (o.get("index").asInt() == index) {
                    return o.get("rating");
                }
            }
            return null;
        }
        if (tail.startsWith("initiatives/")) {
            String r = tail.substring("initiatives/".length());
            int slash = r.lastIndexOf('/');
            String id = r.substring(0, slash);
            for (JsonNode i : strategy.get("initiatives")) {
                if (i.get("id").asString().equals(id)) {
                    return i.get(r.substring(slash + 1));
                }
            }
            return null;
        }
        return strategy.get(tail);
    }
}
