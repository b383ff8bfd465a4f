package jp.advisor.backup;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folder names for organisations, safe on Linux, macOS and Windows whatever the name: no separators or characters
 * Windows reserves, no control characters, no {@code .}/{@code ..}, no trailing dot or space, no device name
 * ({@code CON}, {@code COM1} …), at most {@link #MAX_LENGTH} characters; Japanese stays as it is (NFC). Two names
 * that come out alike (also when they differ only in case, as on Windows and macOS) are told apart by {@code ~2},
 * {@code ~3} …. The manifest, not the folder name, says which organisation a file belongs to.
 */
final class SafeNames {

    /** Characters, not bytes: 60 four-byte characters stay under the usual 255-byte limit of a name. */
    static final int MAX_LENGTH = 60;

    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Map<String, String> taken = new HashMap<>();
    private final Map<String, String> given = new HashMap<>();

    /** The same name gets the same folder every time it is asked for. */
    String folderOf(String organisation) {
        String known = given.get(organisation);
        if (known != null) {
            return known;
        }
        String base = segment(organisation);
        String name = base;
        for (int n = 2; taken.containsKey(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "~" + n;
        }
        taken.put(name.toLowerCase(Locale.ROOT), organisation);
        given.put(organisation, name);
        return name;
    }

    static String segment(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder();
        nfc.codePoints().limit(MAX_LENGTH).forEach(c -> {
            if (Character.isISOControl(c) || RESERVED.indexOf(c) >= 0) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        while (!safe.isEmpty() && (safe.charAt(safe.length() - 1) == '.' || safe.charAt(safe.length() - 1) == ' ')) {
            safe.setLength(safe.length() - 1);
        }
        if (safe.isEmpty() || safe.charAt(0) == '.') {
            safe.insert(0, '_');
        }
        return DEVICE.matcher(safe).matches() ? "_" + safe : safe.toString();
    }
}
