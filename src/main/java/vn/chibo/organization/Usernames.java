package vn.chibo.organization;

import java.util.Set;

/** Login names in the form Vietnamese offices use for e-mail: given name + initials ("annv"). */
final class Usernames {

  private Usernames() {}

  static String propose(String fullName, Set<String> taken) {
    String[] words = SearchText.fold(fullName).replaceAll("[^a-z ]", "").trim().split(" ");
    StringBuilder base = new StringBuilder(words[words.length - 1]);
    for (int i = 0; i < words.length - 1; i++) {
      if (!words[i].isEmpty()) {
        base.append(words[i].charAt(0));
      }
    }
    if (base.isEmpty()) {
      base.append("user");
    }
    String candidate = base.toString();
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base.toString() + n;
    }
    return candidate;
  }
}
