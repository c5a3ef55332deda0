package dk.livsmester.localaws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The template's Cognito resources on an emulator that has Cognito (moto): user pools, clients, groups, domains. */
final class UserPoolProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(UserPoolProvisioner.class);

    private UserPoolProvisioner() {
    }

    /**
     * Creates the template's user pools, app clients and groups, idempotently (a pool or client of the same name is
     * reused). Only the properties the template uses are mapped; any other property fails here rather than being
     * silently left out, so the emulated pool never drifts from the declared one unnoticed.
     */
    static Provisioner.UserPools provision(CfnTemplate template, Map<String, String> refs,
                                           CognitoIdentityProviderClient cognito) {
        Map<String, String> pools = new LinkedHashMap<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPool")) {
            pools.put(r.logicalId(), createUserPool(cognito, r, refs));
        }
        Map<String, String> all = new HashMap<>(refs);
        all.putAll(pools);
        Map<String, String> clients = new LinkedHashMap<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolClient")) {
            clients.put(r.logicalId(), createClient(cognito, r, all));
        }
        List<String> groups = new ArrayList<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolGroup")) {
            groups.add(createGroup(cognito, r, all));
        }
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolDomain")) {
            createDomain(cognito, r, all);
        }
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolIdentityProvider")) {
            if (template.holds(r.condition(), all)) {
                createIdentityProvider(cognito, r, all);
            }
        }
        // The managed login's look (AWS::Cognito::ManagedLoginBranding) has no part in what the functions see: an
        // emulator's pool has no managed login pages, so it is not provisioned (docs/architecture.md, moto mode).
        LOG.info("provisioned userPools={} clients={} groups={}", pools.keySet(), clients.keySet(), groups);
        return new Provisioner.UserPools(pools, clients);
    }

    private static String createUserPool(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                         Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolName", "UserPoolTier", "AdminCreateUserConfig", "UsernameAttributes", "MfaConfiguration",
                "Policies", "UserPoolTags"));
        String name = required(r, "UserPoolName", p.get("UserPoolName"), refs);
        var existing = cognito.listUserPools(b -> b.maxResults(60)).userPools().stream()
                .filter(u -> u.name().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        CreateUserPoolRequest.Builder req = CreateUserPoolRequest.builder().poolName(name);
        if (p.containsKey("UserPoolTier")) {
            req.userPoolTier(CfnTemplate.str(p.get("UserPoolTier")));
        }
        if (p.containsKey("UserPoolTags")) {
            Map<String, String> tags = new LinkedHashMap<>();
            CfnTemplate.map(p.get("UserPoolTags")).forEach((k, v) -> tags.put(k, required(r, "UserPoolTags." + k, v, refs)));
            req.userPoolTags(tags);
        }
        Map<String, Object> admin = CfnTemplate.map(p.get("AdminCreateUserConfig"));
        only(r, admin, Set.of("AllowAdminCreateUserOnly"));
        if (admin.containsKey("AllowAdminCreateUserOnly")) {
            req.adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(bool(admin.get("AllowAdminCreateUserOnly"))));
        }
        if (p.containsKey("UsernameAttributes")) {
            req.usernameAttributesWithStrings(strings(p.get("UsernameAttributes")));
        }
        if (p.containsKey("MfaConfiguration")) {
            req.mfaConfiguration(CfnTemplate.str(p.get("MfaConfiguration")));
        }
        Map<String, Object> policy = CfnTemplate.map(CfnTemplate.map(p.get("Policies")).get("PasswordPolicy"));
        only(r, CfnTemplate.map(p.get("Policies")), Set.of("PasswordPolicy"));
        only(r, policy, Set.of("MinimumLength", "RequireLowercase", "RequireUppercase", "RequireNumbers",
                "RequireSymbols", "TemporaryPasswordValidityDays"));
        if (!policy.isEmpty()) {
            PasswordPolicyType.Builder pp = PasswordPolicyType.builder();
            if (policy.containsKey("MinimumLength")) {
                pp.minimumLength(Integer.parseInt(CfnTemplate.str(policy.get("MinimumLength"))));
            }
            if (policy.containsKey("RequireLowercase")) {
                pp.requireLowercase(bool(policy.get("RequireLowercase")));
            }
            if (policy.containsKey("RequireUppercase")) {
                pp.requireUppercase(bool(policy.get("RequireUppercase")));
            }
            if (policy.containsKey("RequireNumbers")) {
                pp.requireNumbers(bool(policy.get("RequireNumbers")));
            }
            if (policy.containsKey("RequireSymbols")) {
                pp.requireSymbols(bool(policy.get("RequireSymbols")));
            }
            if (policy.containsKey("TemporaryPasswordValidityDays")) {
                pp.temporaryPasswordValidityDays(Integer.parseInt(CfnTemplate.str(policy.get("TemporaryPasswordValidityDays"))));
            }
            req.policies(u -> u.passwordPolicy(pp.build()));
        }
        return cognito.createUserPool(req.build()).userPool().id();
    }

    private static String createClient(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                       Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "ClientName", "GenerateSecret", "ExplicitAuthFlows"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        // CloudFormation names a client without a ClientName itself; the logical id is as good a name here.
        String name = p.containsKey("ClientName") ? required(r, "ClientName", p.get("ClientName"), refs) : r.logicalId();
        var existing = cognito.listUserPoolClients(b -> b.userPoolId(poolId).maxResults(60)).userPoolClients().stream()
                .filter(c -> c.clientName().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing.get().clientId();
        }
        return cognito.createUserPoolClient(b -> {
            b.userPoolId(poolId).clientName(name).generateSecret(bool(p.get("GenerateSecret")));
            if (p.containsKey("ExplicitAuthFlows")) {
                b.explicitAuthFlowsWithStrings(strings(p.get("ExplicitAuthFlows")));
            }
        }).userPoolClient().clientId();
    }

    private static void createDomain(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                     Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "Domain", "ManagedLoginVersion"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        String domain = required(r, "Domain", p.get("Domain"), refs);
        if (cognito.describeUserPoolDomain(b -> b.domain(domain)).domainDescription().userPoolId() != null) {
            return;
        }
        cognito.createUserPoolDomain(b -> {
            b.userPoolId(poolId).domain(domain);
            if (p.containsKey("ManagedLoginVersion")) {
                b.managedLoginVersion(Integer.parseInt(CfnTemplate.str(p.get("ManagedLoginVersion"))));
            }
        });
    }

    private static void createIdentityProvider(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                               Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "ProviderName", "ProviderType", "ProviderDetails", "AttributeMapping"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        Map<String, String> details = new LinkedHashMap<>();
        CfnTemplate.map(p.get("ProviderDetails")).forEach((k, v) -> details.put(k, required(r, "ProviderDetails." + k, v, refs)));
        Map<String, String> mapping = new LinkedHashMap<>();
        CfnTemplate.map(p.get("AttributeMapping")).forEach((k, v) -> mapping.put(k, required(r, "AttributeMapping." + k, v, refs)));
        cognito.createIdentityProvider(b -> b.userPoolId(poolId).providerName(required(r, "ProviderName", p.get("ProviderName"), refs))
                .providerType(required(r, "ProviderType", p.get("ProviderType"), refs))
                .providerDetails(details).attributeMapping(mapping));
    }

    private static String createGroup(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                      Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "GroupName", "Description", "Precedence"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        String name = required(r, "GroupName", p.get("GroupName"), refs);
        try {
            cognito.createGroup(b -> {
                b.userPoolId(poolId).groupName(name);
                if (p.containsKey("Description")) {
                    b.description(CfnTemplate.str(p.get("Description")));
                }
                if (p.containsKey("Precedence")) {
                    b.precedence(Integer.parseInt(CfnTemplate.str(p.get("Precedence"))));
                }
            });
        } catch (GroupExistsException alreadyThere) {
            // Idempotent, like the tables and queues.
        }
        return name;
    }

    private static void only(CfnTemplate.ResourceSpec r, Map<String, Object> properties, Set<String> mapped) {
        for (String key : properties.keySet()) {
            if (!mapped.contains(key)) {
                throw new IllegalStateException(r.logicalId() + "." + key + " is not provisioned locally yet: map it in "
                        + "Provisioner so the emulated resource matches the template");
            }
        }
    }

    private static String required(CfnTemplate.ResourceSpec r, String property, Object value, Map<String, String> refs) {
        String resolved = CfnTemplate.resolve(value, refs);
        if (resolved == null) {
            throw new IllegalStateException(r.logicalId() + "." + property + " cannot be resolved locally: " + value);
        }
        return resolved;
    }

    private static boolean bool(Object o) {
        return o != null && Boolean.parseBoolean(CfnTemplate.str(o));
    }

    private static List<String> strings(Object o) {
        return CfnTemplate.list(o).stream().map(CfnTemplate::str).toList();
    }
}
