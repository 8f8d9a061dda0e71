package org.kefu.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <visitor token>}. A request carrying a token that is not ours is
 * rejected at once with 401 {@code invalid_token}, even where no token is needed: a client sending a forged
 * or expired token should learn so rather than silently become someone new.
 */
final class VisitorTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "VISITOR";
    private static final String PREFIX = "Bearer ";

    private final VisitorTokens tokens;
    private final JsonErrorEntryPoint errors;

    VisitorTokenFilter(VisitorTokens tokens, JsonErrorEntryPoint errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Optional<Visitor> visitor = tokens.verify(header.substring(PREFIX.length()).trim());
            if (visitor.isEmpty()) {
                errors.write(request, response, JsonErrorEntryPoint.INVALID_TOKEN);
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(visitor.get(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/conversations");
    }
}
