package org.acme.dao.entity;

@TableName("t_ds_process_instance")
public class ProcessInstance {
    @TableId(value = "id", type = IdType.AUTO)
    private Integer id;
    private String name;
}
