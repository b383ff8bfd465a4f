/** How strongly the fixtures pin the rules: small changes to boundaries and table values, and which ones no case notices. */
@org.springframework.modulith.NamedInterface("strength")
package jp.advisor.policy.strength;
