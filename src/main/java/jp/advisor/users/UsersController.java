package jp.advisor.users;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/users}: admins list, add, change, lock, unlock users and reset passwords; {@code /api/users/me} is
 * anyone's own account (and their own password). Roles are checked in SecurityConfiguration.
 */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UsersController {

    static final URI NO_SUCH_USER = URI.create("urn:advisor:problem:no-such-user");
    static final URI USER_CONFLICT = URI.create("urn:advisor:problem:user-conflict");
    static final URI INVALID_USER = URI.create("urn:advisor:problem:invalid-user");

    /** A new user; without a password one is generated and answered once. */
    record NewUser(String name, String displayName, List<Role> roles, List<String> organisations, String password) {
    }

    /** The new user, with the generated password when none was given (shown this once, never stored in clear). */
    record Added(AdvisorUser user, String generatedPassword) {
    }

    record Password(String password) {
    }

    /** A change of a user: a null field stays as it was. */
    record Change(String displayName, List<Role> roles, List<String> organisations, Boolean locked) {
    }

    static final String PASSWORD_SET = "パスワードを設定した（本文なし） / the password is set (no body)";

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    /** One page of the users by name, as the other lists page: {@code page} from 0, {@code total} over all pages. */
    record UserPage(List<AdvisorUser> items, int page, int size, long total) {
    }

    static final int MAX_PAGE_SIZE = 100;

    @GetMapping
    UserPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page は0以上、size は1～" + MAX_PAGE_SIZE
                    + "です / page is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        List<AdvisorUser> all = users.list(); // an office's users: a few hundred at most, paged in memory
        int from = (int) Math.min((long) page * size, all.size());
        return new UserPage(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Added> add(@RequestBody NewUser body, Authentication who) {
        boolean generate = body.password() == null || body.password().isEmpty();
        String password = generate ? Users.generatePassword() : body.password();
        AdvisorUser user = users.add(who.getName(), body.name(),
                new Users.Details(body.displayName(), body.roles(), body.organisations()), password);
        return ResponseEntity.created(URI.create("/api/users/" + user.name()))
                .body(new Added(user, generate ? password : null));
    }

    @GetMapping("/me")
    AdvisorUser me(Authentication who) {
        return users.get(who.getName());
    }

    @ApiResponse(responseCode = "204", description = PASSWORD_SET)
    @PutMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> myPassword(@RequestBody Password body, Authentication who) {
        users.password(who.getName(), who.getName(), body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{name}")
    AdvisorUser get(@PathVariable String name) {
        return users.get(name);
    }

    /**
     * Display name, roles, organisations, locked: a field left out stays as it was. (Locking is a PATCH with a JSON
     * body, not a bare POST: a state change without a JSON body needs a CSRF token, SecurityConfiguration.)
     */
    @PatchMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdvisorUser change(@PathVariable String name, @RequestBody Change body, Authentication who) {
        return users.change(who.getName(), name,
                new Users.Details(body.displayName(), body.roles(), body.organisations()), body.locked());
    }

    @ApiResponse(responseCode = "204", description = PASSWORD_SET)
    @PutMapping(path = "/{name}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> password(@PathVariable String name, @RequestBody Password body, Authentication who) {
        users.password(who.getName(), name, body.password());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(UserException.class)
    ProblemDetail refused(UserException e) {
        ProblemDetail problem = switch (e.kind()) {
            case NOT_FOUND -> ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            case INVALID -> ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        };
        problem.setType(switch (e.kind()) {
            case NOT_FOUND -> NO_SUCH_USER;
            case CONFLICT -> USER_CONFLICT;
            case INVALID -> INVALID_USER;
        });
        problem.setTitle(switch (e.kind()) {
            case NOT_FOUND -> "利用者が見つかりません / User not found";
            case CONFLICT -> "利用者を変更できません / User conflict";
            case INVALID -> "利用者の指定が正しくありません / Invalid user";
        });
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}
