package dk.livsmester.identity;

/** Puts a user in a group of their user pool (Cognito's AdminAddUserToGroup; adding a member again changes nothing). */
public interface GroupMembership {
    void add(String userPoolId, String username, String group);
}
