/**
 * Compiling rule folders into rule sets; the restricted rule language; the bundled set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "rules", allowedDependencies = {"facts", "reading"})
package jp.advisor.rules;
