package dk.livsmester.platform.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * One stored item, in any of the tables. Keys, index keys and the attributes that conditions and counters work on
 * are top-level; the aggregate itself is JSON in {@code body} (so the mapping is one line, and the table's KMS
 * encryption covers it). Null attributes are not written.
 */
@DynamoDbBean
public class Row {
    private String pk;
    private String sk;
    private String gsi1pk;
    private String gsi1sk;
    private String gsi2pk;
    private String gsi2sk;
    private String kind;
    private String status;
    private Long version;
    private String body;
    private Long totalOre;
    private Long availableOre;
    private Long committedOre;
    private Long disbursedOre;
    private Long amountOre;
    private Integer capacity;
    private Integer activeMatches;
    private Integer totalMatches;
    private String pendingPk;
    private String pendingSince;
    private String target;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = {"byStatus", "byKind"})
    public String getGsi1pk() {
        return gsi1pk;
    }

    public void setGsi1pk(String gsi1pk) {
        this.gsi1pk = gsi1pk;
    }

    @DynamoDbSecondarySortKey(indexNames = {"byStatus", "byKind"})
    public String getGsi1sk() {
        return gsi1sk;
    }

    public void setGsi1sk(String gsi1sk) {
        this.gsi1sk = gsi1sk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "byOwner")
    public String getGsi2pk() {
        return gsi2pk;
    }

    public void setGsi2pk(String gsi2pk) {
        this.gsi2pk = gsi2pk;
    }

    @DynamoDbSecondarySortKey(indexNames = "byOwner")
    public String getGsi2sk() {
        return gsi2sk;
    }

    public void setGsi2sk(String gsi2sk) {
        this.gsi2sk = gsi2sk;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getTotalOre() {
        return totalOre;
    }

    public void setTotalOre(Long totalOre) {
        this.totalOre = totalOre;
    }

    public Long getAvailableOre() {
        return availableOre;
    }

    public void setAvailableOre(Long availableOre) {
        this.availableOre = availableOre;
    }

    public Long getCommittedOre() {
        return committedOre;
    }

    public void setCommittedOre(Long committedOre) {
        this.committedOre = committedOre;
    }

    public Long getDisbursedOre() {
        return disbursedOre;
    }

    public void setDisbursedOre(Long disbursedOre) {
        this.disbursedOre = disbursedOre;
    }

    public Long getAmountOre() {
        return amountOre;
    }

    public void setAmountOre(Long amountOre) {
        this.amountOre = amountOre;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getActiveMatches() {
        return activeMatches;
    }

    public void setActiveMatches(Integer activeMatches) {
        this.activeMatches = activeMatches;
    }

    public Integer getTotalMatches() {
        return totalMatches;
    }

    public void setTotalMatches(Integer totalMatches) {
        this.totalMatches = totalMatches;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "pending")
    public String getPendingPk() {
        return pendingPk;
    }

    public void setPendingPk(String pendingPk) {
        this.pendingPk = pendingPk;
    }

    @DynamoDbSecondarySortKey(indexNames = "pending")
    public String getPendingSince() {
        return pendingSince;
    }

    public void setPendingSince(String pendingSince) {
        this.pendingSince = pendingSince;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
