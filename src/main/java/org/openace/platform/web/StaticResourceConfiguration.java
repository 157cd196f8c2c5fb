package org.openace.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's static resources, served from exactly their folders: {@code /css/**}, {@code /js/**},
 * {@code /images/**} (from {@code classpath:/static/}) and {@code /webjars/**}; and the two files outside them,
 * the favicon every page links ({@code /favicon.svg}, by the pattern {@code /favicon.*}), the API description
 * ({@code /api/openapi.yaml}) and its interactive page ({@code /api/docs.html}, Swagger UI from its webjar). Stylesheets, scripts and images get content-hashed URLs (so
 * they can be cached for long); all have the cache settings of {@code spring.web.resources.cache.*}.
 * <p>
 * This replaces Spring Boot's catch-all {@code /**} resource mapping ({@code spring.web.resources.add-mappings}
 * is off): with it, every link a page renders ({@code @{/sign-in}}, {@code @{/privacy}}, ...) matched {@code /**}
 * and was looked up as a file in four classpath folders of the jar, on every render, because the resource chain
 * caches only the links it finds. That lookup was most of the CPU of a page (see docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
class StaticResourceConfiguration implements WebMvcConfigurer {

    static final String[] VERSIONED_FOLDERS = {"css", "js", "images"};
    /** The API description and its interactive page (see {@link ApiDescriptionAuthorizationRules}); patterns, as
     * a pattern without a wildcard leaves no file name to look up. */
    static final String[] API_DESCRIPTION = {"/api/openapi.*", "/api/docs.*"};

    private final WebProperties.Resources resources;

    StaticResourceConfiguration(WebProperties properties) {
        this.resources = properties.getResources();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : VERSIONED_FOLDERS) {
            ResourceHandlerRegistration registration = registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/");
            VersionResourceResolver versions = new VersionResourceResolver().addContentVersionStrategy("/**");
            cached(registration).resourceChain(resources.getChain().isCache()).addResolver(versions);
        }
        // webjars are versioned by their own path; the chain adds the webjars resolver (version-less paths)
        cached(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"))
                .resourceChain(resources.getChain().isCache());
        // a pattern without a wildcard leaves no file name to look up, hence "favicon.*" rather than the name itself
        cached(registry.addResourceHandler("/favicon.*").addResourceLocations("classpath:/static/"));
        cached(registry.addResourceHandler(API_DESCRIPTION).addResourceLocations("classpath:/static/api/"));
    }

    private ResourceHandlerRegistration cached(ResourceHandlerRegistration registration) {
        CacheControl cacheControl = resources.getCache().getCachecontrol().toHttpCacheControl();
        if (cacheControl != null) {
            registration.setCacheControl(cacheControl);
        }
        registration.setUseLastModified(resources.getCache().isUseLastModified());
        return registration;
    }
}
