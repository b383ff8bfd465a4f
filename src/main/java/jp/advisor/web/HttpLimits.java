package jp.advisor.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's limits on what a client may send (application.properties, section "http limits").
 *
 * @param maxBodySize the largest request body read, whatever its type ({@code advisor.http.max-body-size})
 * @param login       throttling of failed logins ({@code advisor.http.login.*})
 */
@ConfigurationProperties("advisor.http")
record HttpLimits(@DefaultValue("5MB") DataSize maxBodySize, @DefaultValue Login login) {

    /**
     * After {@code maxFailures} failed logins within {@code window} for one user name, or from one client address,
     * that name or address is refused (429) for {@code firstLock}, twice as long at each further lock, at most
     * {@code maxLock}. A successful login forgets the failures and the locks of its name and address.
     */
    record Login(@DefaultValue("true") boolean throttle,
                 @DefaultValue("5") int maxFailures,
                 @DefaultValue("1m") Duration window,
                 @DefaultValue("1m") Duration firstLock,
                 @DefaultValue("1h") Duration maxLock,
                 @DefaultValue("10000") int trackedKeys) {
    }
}
