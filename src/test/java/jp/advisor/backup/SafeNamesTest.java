package jp.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void keepsJapaneseAndRefusesWhatAFileSystemWouldNot() {
        SafeNames names = new SafeNames();
        assertThat(names.folderOf("大正区")).isEqualTo("大正区");
        assertThat(names.folderOf("..")).isEqualTo("_");
        assertThat(names.folderOf("../x")).isEqualTo("_.._x");
        assertThat(names.folderOf("a/b\\c:d*e?f\"g<h>i|j\u0001")).isEqualTo("a_b_c_d_e_f_g_h_i_j_");
        assertThat(names.folderOf("nul.txt")).isEqualTo("_nul.txt");
        assertThat(names.folderOf("COM1")).isEqualTo("_COM1");
        assertThat(names.folderOf("区. ")).isEqualTo("区");
        assertThat(names.folderOf("𠮷".repeat(100))).hasSize(120).matches("(𠮷){60}");
    }

    @Test
    void namesThatComeOutAlikeGetDistinctFoldersAndTheSameNameTheSameFolder() {
        SafeNames names = new SafeNames();
        assertThat(names.folderOf("a/b")).isEqualTo("a_b");
        assertThat(names.folderOf("A_b")).as("alike on a case-blind file system").isEqualTo("A_b~2");
        assertThat(names.folderOf("a:b")).isEqualTo("a_b~3");
        assertThat(names.folderOf("a/b")).isEqualTo("a_b");
    }
}
