/**
 * The facts the rules reason over, and the catalogue of rating cells: depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "facts", allowedDependencies = {})
package jp.advisor.facts;
